package id.alur.sla;

import static id.alur.JakartaTime.at;
import static id.alur.JakartaTime.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.TrackingNumber;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * SLA clocks, working-time timers and calendar changes in the running application on its embedded H2
 * database, with the engine's clock moved by hand: no job executor and no scheduled watch, so each step
 * happens when the test says.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "spring.datasource.url=jdbc:h2:mem:sla-process-test;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "alur.sla.watch-enabled=false",
    "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration"})
class SlaProcessTest {

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired CaseRegistry cases;
  @Autowired SlaClocks clocks;
  @Autowired SlaClockWatch watch;
  @Autowired CalendarChanges calendarChanges;
  @Autowired MeterRegistry meters;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  private record Started(TrackingNumber number, String processInstanceId) {
  }

  /** A DCKTR case whose file is checked complete at {@code fileComplete} by clerk.dcktr. */
  private Started caseWithCompleteFile(String budget, String submitted, String fileComplete) {
    clockAt(submitted);
    TrackingNumber number = cases.open("PRM", "dcktr", CaseStatus.DIAJUKAN);
    ProcessInstance instance = runtime.startProcessInstanceByKey("SlaClockTest", number.value(),
        Map.of("opd", "dcktr", "budget", budget));
    cases.linkProcessInstance(number, instance.getId());
    clockAt(fileComplete);
    complete(instance.getId(), "UserTask_CheckFile", Map.of());
    return new Started(number, instance.getId());
  }

  private void complete(String processInstanceId, String taskKey, Map<String, Object> variables) {
    String taskId = task(processInstanceId, taskKey).getId();
    identity.setAuthentication("clerk.dcktr", List.of("dcktr"));
    try {
      tasks.complete(taskId, variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  private Task task(String processInstanceId, String taskKey) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
  }

  private SlaClock clock(String processInstanceId) {
    List<SlaClock> all = clocks.ofProcessInstance(processInstanceId);
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private List<SlaEvent> events(String processInstanceId) {
    return clocks.history(clock(processInstanceId).id()).stream().map(SlaClockEntry::event).toList();
  }

  private boolean passed(String processInstanceId, String activityId) {
    return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId).activityId(activityId)
        .count() > 0;
  }

  private double count(String event) {
    Counter counter = meters.find(SlaMetrics.METER).tags("event", event, "process", "SlaClockTest", "opd", "dcktr")
        .counter();
    return counter == null ? 0 : counter.count();
  }

  @Test
  @DisplayName("a clock paused for the citizen keeps its time; reminder at 75% and breach at 100% reach the model")
  void pauseResumeReminderBreach() {
    double breachesBefore = count("breach");
    Started started = caseWithCompleteFile("2HK", "2026-11-24T09:00:00", "2026-11-24T10:00:00");
    String instance = started.processInstanceId();

    SlaClock running = clock(instance);
    assertThat(running.state()).isEqualTo(SlaClock.State.RUNNING);
    assertThat(running.opd()).as("the case's owning OPD").isEqualTo("dcktr");
    assertThat(running.trackingNumber()).contains(started.number().value());
    assertThat(running.dueAt()).contains(at("2026-11-26T10:00:00"));
    // 17 office hours from Tue 10:00 to Thu 10:00; 75% = 12h45 -> Wed 14:15.
    assertThat(running.reminderAt()).contains(at("2026-11-25T14:15:00"));
    assertThat(task(instance, "UserTask_Review").getDueDate()).as("Tasklist's due date")
        .isEqualTo(Date.from(at("2026-11-26T10:00:00")));

    clockAt("2026-11-24T12:00:00");
    complete(instance, "UserTask_Review", Map.of("needsCitizen", true));
    SlaClock paused = clock(instance);
    assertThat(paused.state()).isEqualTo(SlaClock.State.PAUSED);
    assertThat(paused.remaining()).isEqualTo(new WorkingTime(1, java.time.Duration.ofMinutes(390)));

    clockAt("2026-11-27T10:00:00");
    watch.deliverDue();
    assertThat(events(instance)).as("nothing is due while paused").containsExactly(SlaEvent.START, SlaEvent.PAUSE);

    clockAt("2026-11-30T09:00:00");
    complete(instance, "UserTask_CitizenCompletes", Map.of());
    SlaClock resumed = clock(instance);
    // 1 HK + 6.5 h left: Mon 09:00 + 1 HK = Tue 09:00, + 6.5 office hours = Tue 15:30.
    assertThat(resumed.dueAt()).contains(at("2026-12-01T15:30:00"));
    assertThat(resumed.reminderAt()).contains(at("2026-12-01T11:15:00"));

    clockAt("2026-12-01T11:14:59");
    watch.deliverDue();
    assertThat(passed(instance, "BoundaryEvent_ReviewReminder")).isFalse();

    clockAt("2026-12-01T11:15:00");
    watch.deliverDue();
    watch.deliverDue();
    assertThat(passed(instance, "BoundaryEvent_ReviewReminder")).isTrue();
    assertThat(task(instance, "UserTask_Review")).as("the reminder does not interrupt the work").isNotNull();

    clockAt("2026-12-01T15:30:00");
    watch.deliverDue();
    assertThat(passed(instance, "EndEvent_Breached")).isTrue();
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();

    List<SlaClockEntry> recorded = clocks.history(clock(instance).id());
    assertThat(recorded).extracting(SlaClockEntry::event).containsExactly(SlaEvent.START, SlaEvent.PAUSE,
        SlaEvent.RESUME, SlaEvent.REMINDER, SlaEvent.BREACH, SlaEvent.STOP);
    assertThat(recorded).extracting(SlaClockEntry::actor)
        .containsExactly("clerk.dcktr", "clerk.dcktr", "clerk.dcktr", "system", "system", "system");
    assertThat(recorded).allSatisfy(entry -> {
      assertThat(entry.opd()).isEqualTo("dcktr");
      assertThat(entry.trackingNumber()).contains(started.number().value());
    });
    assertThat(recorded.get(5).detail()).hasValue("stopped after the deadline");
    assertThat(clock(instance).state()).isEqualTo(SlaClock.State.STOPPED);
    assertThat(count("breach") - breachesBefore).isEqualTo(1.0);
  }

  @Test
  @DisplayName("a clock stopped in time never reminds nor breaches")
  void stoppedInTime() {
    double stopsBefore = count("stop");
    Started started = caseWithCompleteFile("3JK", "2026-11-23T08:00:00", "2026-11-23T09:00:00");
    String instance = started.processInstanceId();
    assertThat(clock(instance).dueAt()).contains(at("2026-11-23T12:00:00"));

    clockAt("2026-11-23T10:00:00");
    complete(instance, "UserTask_Review", Map.of("needsCitizen", false));
    clockAt("2026-11-30T10:00:00");
    watch.deliverDue();

    assertThat(passed(instance, "EndEvent_Decided")).isTrue();
    assertThat(events(instance)).containsExactly(SlaEvent.START, SlaEvent.STOP);
    assertThat(clocks.history(clock(instance).id()).get(1).detail()).hasValue("stopped within the deadline");
    assertThat(count("stop") - stopsBefore).isEqualTo(1.0);
  }

  @Test
  @DisplayName("18 August 2025 declared cuti bersama while cases run: timer, task date and clock move to the 19th")
  void holidayDeclaredWhileRunning() {
    LocalDate declared = LocalDate.of(2025, 8, 18);
    calendarChanges.remove(declared, "admin.test");
    try {
      clockAt("2025-08-07T10:00:00");
      String waiting = runtime.startProcessInstanceByKey("SlaTimerTest", Map.of("opd", "dcktr", "wait", "7HK"))
          .getId();
      Started started = caseWithCompleteFile("7HK", "2025-08-07T09:00:00", "2025-08-07T10:00:00");
      Job timer = management.createJobQuery().processInstanceId(waiting).timers().singleResult();
      assertThat(timer.getDuedate()).isEqualTo(Date.from(at("2025-08-18T10:00:00")));
      assertThat(clock(started.processInstanceId()).dueAt()).contains(at("2025-08-18T10:00:00"));

      CalendarChanges.Result result = calendarChanges.put(new Holiday(declared, Holiday.Kind.CUTI_BERSAMA,
          "Cuti bersama HUT RI ke-80", Holiday.Status.CONFIRMED, "SKB 3 Menteri 933/2025"), "admin.test");

      assertThat(result.clocksMoved()).isEqualTo(1);
      assertThat(result.timersMoved()).isEqualTo(1);
      assertThat(result.tasksMoved()).as("both tasks' due dates").isEqualTo(2);
      assertThat(task(waiting, "UserTask_Answer").getDueDate()).isEqualTo(Date.from(at("2025-08-19T10:00:00")));
      assertThat(clock(started.processInstanceId()).dueAt()).contains(at("2025-08-19T10:00:00"));
      SlaClockEntry moved = clocks.history(clock(started.processInstanceId()).id()).get(1);
      assertThat(moved.event()).isEqualTo(SlaEvent.MOVED);
      assertThat(moved.actor()).isEqualTo("admin.test");

      clockAt("2025-08-18T10:00:00");
      assertThat(management.createJobQuery().processInstanceId(waiting).executable().count())
          .as("no timer fires on the new holiday").isZero();
      watch.deliverDue();
      assertThat(passed(started.processInstanceId(), "BoundaryEvent_ReviewBreach")).isFalse();

      clockAt("2025-08-19T10:00:00");
      Job due = management.createJobQuery().processInstanceId(waiting).executable().singleResult();
      assertThat(due).as("the timer fires on the next working day").isNotNull();
      management.executeJob(due.getId());
      assertThat(passed(waiting, "EndEvent_Overdue")).isTrue();
      watch.deliverDue();
      assertThat(passed(started.processInstanceId(), "EndEvent_Breached")).isTrue();
    } finally {
      calendarChanges.put(new Holiday(declared, Holiday.Kind.CUTI_BERSAMA, "Cuti bersama HUT RI ke-80",
          Holiday.Status.CONFIRMED, "SKB 3 Menteri 933/2025-1/2025-3/2025 (added 2025-08-07)"), "seed");
    }
  }
}
