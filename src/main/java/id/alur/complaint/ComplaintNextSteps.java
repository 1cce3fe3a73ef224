package id.alur.complaint;

import id.alur.cases.CaseFile;
import id.alur.cases.NextStep;
import id.alur.cases.NextSteps;
import id.alur.sla.SlaClock;
import id.alur.sla.SlaClocks;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a complainant must do next, for the public status: answer the coordinator's question by the date the
 * process archives the complaint unanswered, confirm or reopen the answer before silence closes it; while the city
 * works, the date by which it must verify or resolve (the running SLA clock's due date).
 */
@Component
class ComplaintNextSteps implements NextSteps {

  private static final Locale INDONESIAN = Locale.forLanguageTag("id");
  /** The clocks whose due date a waiting complainant is shown, the later stage first. */
  private static final List<String> WAITING_CLOCKS = List.of(ComplaintHandlingProcess.RESOLUTION_CLOCK,
      ComplaintHandlingProcess.VERIFICATION_CLOCK);

  private final ComplaintRecords records;
  private final SlaClocks clocks;
  private final ManagementService management;
  private final MessageSource messages;
  private final ZoneId zone;

  ComplaintNextSteps(ComplaintRecords records, SlaClocks clocks, ManagementService management,
      MessageSource messages, @Value("${alur.cases.zone}") ZoneId zone) {
    this.records = records;
    this.clocks = clocks;
    this.management = management;
    this.messages = messages;
    this.zone = zone;
  }

  @Override
  public String prefix() {
    return ComplaintHandlingProcess.CASE_PREFIX;
  }

  @Override
  public Optional<NextStep> of(CaseFile caseFile) {
    String number = caseFile.trackingNumber().value();
    return records.find(number).map(complaint -> {
      ComplaintAction action = complaint.citizenAction();
      Optional<Instant> due = switch (action) {
        case WAIT -> runningClock(number);
        case PROVIDE_INFO -> timer(caseFile, ComplaintHandlingProcess.INFO_LAPSED);
        case CONFIRM -> timer(caseFile, ComplaintHandlingProcess.CLOSURE_SILENCE);
        case NONE -> Optional.empty();
      };
      Optional<String> detail = switch (action) {
        case PROVIDE_INFO, WAIT, NONE -> complaint.citizenRequest();
        case CONFIRM -> complaint.answer().or(complaint::citizenRequest);
      };
      String key = "complaint.action." + action.name();
      return new NextStep(action.name(), messages.getMessage(key, null, INDONESIAN),
          messages.getMessage(key, null, Locale.ENGLISH), detail,
          due.map(instant -> OffsetDateTime.ofInstant(instant, zone)));
    });
  }

  private Optional<Instant> runningClock(String number) {
    List<SlaClock> running = clocks.ofCase(number).stream()
        .filter(clock -> clock.state() == SlaClock.State.RUNNING).toList();
    return WAITING_CLOCKS.stream()
        .flatMap(name -> running.stream().filter(clock -> clock.name().equals(name)))
        .findFirst().flatMap(SlaClock::dueAt);
  }

  private Optional<Instant> timer(CaseFile caseFile, String activityId) {
    return caseFile.processInstanceId().flatMap(instance -> management.createJobQuery().processInstanceId(instance)
        .activityId(activityId).timers().list().stream().findFirst()).map(Job::getDuedate).map(date -> date.toInstant());
  }
}
