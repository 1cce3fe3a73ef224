package id.alur.sla;

import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.stereotype.Component;

/**
 * What models write for working time, as the expression bean {@code sla} (the one form Alur documents):
 *
 * <ul>
 *   <li>{@code ${sla.due('5HK')}}, {@code ${sla.due('8JK', 'dcktr')}}: the instant that much working time
 *       after now (the engine's clock), in the city's office hours or the named OPD's. Usable as a timer's
 *       {@code timeDate} and a user task's {@code camunda:dueDate} or {@code camunda:followUpDate}, so
 *       Tasklist shows the true date. The deadline is remembered with its process instance, so a holiday
 *       declared later moves the timer or date it became.</li>
 *   <li>{@code ${sla.start('PermitService', '15HK')}} (optionally with an OPD; by default the case's owning
 *       OPD), {@code ${sla.pause('PermitService')}}, {@code ${sla.resume(...)}}, {@code ${sla.stop(...)}}:
 *       the case's SLA clock, in a service task's {@code camunda:expression} or an execution listener. Its
 *       reminder and breach arrive as the messages {@code SlaReminder_PermitService} and
 *       {@code SlaBreach_PermitService}.</li>
 * </ul>
 */
@Component("sla")
public class SlaExpressions {

  private final CalendarStore calendar;
  private final SlaClocks clocks;
  private final Deadlines deadlines;

  SlaExpressions(CalendarStore calendar, SlaClocks clocks, Deadlines deadlines) {
    this.calendar = calendar;
    this.clocks = clocks;
    this.deadlines = deadlines;
  }

  public Date due(String amount) {
    return due(amount, null);
  }

  public Date due(String amount, String opd) {
    WorkAmount parsed = WorkAmount.parse(amount);
    Optional<String> office = Optional.ofNullable(opd).filter(code -> !code.isBlank());
    Instant from = SlaClocks.now();
    CalendarSnapshot snapshot = calendar.current();
    Instant due = snapshot.calendar().due(from, parsed, snapshot.hoursOf(office));
    currentExecution().ifPresent(execution -> deadlines.record(execution.getProcessInstanceId(),
        execution.getActivityId(), from, parsed, office, due));
    return Date.from(due);
  }

  public void start(String clock, String budget) {
    start(clock, budget, null);
  }

  public void start(String clock, String budget, String opd) {
    ExecutionEntity execution = requireExecution("sla.start");
    clocks.start(ClockOwner.of(execution), clock, WorkAmount.parse(budget),
        Optional.ofNullable(opd).filter(code -> !code.isBlank()));
  }

  public void pause(String clock) {
    clocks.pause(requireExecution("sla.pause").getProcessInstanceId(), clock);
  }

  public void resume(String clock) {
    clocks.resume(requireExecution("sla.resume").getProcessInstanceId(), clock);
  }

  public void stop(String clock) {
    clocks.stop(requireExecution("sla.stop").getProcessInstanceId(), clock);
  }

  private static Optional<ExecutionEntity> currentExecution() {
    if (Context.getCommandContext() == null) {
      return Optional.empty();
    }
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    return context == null ? Optional.empty() : Optional.ofNullable(context.getExecution());
  }

  private static ExecutionEntity requireExecution(String what) {
    return currentExecution().orElseThrow(() ->
        new IllegalStateException(what + " can only be used inside a running process"));
  }
}
