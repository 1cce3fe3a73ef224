package id.alur.permit;

import id.alur.cases.CaseFile;
import id.alur.cases.NextStep;
import id.alur.cases.NextSteps;
import id.alur.sla.SlaClock;
import id.alur.sla.SlaClocks;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What a permit applicant must do next, for the public status: complete the file or revise it by the date the
 * process's timer will close it, pay the SKRD before it expires, download the permit; while the city works, the
 * date by which it must decide (the SLA clock's due date).
 */
@Component
class PermitNextSteps implements NextSteps {

  private final PermitApplications applications;
  private final PermitPayments payments;
  private final SlaClocks clocks;
  private final ManagementService management;
  private final MessageSource messages;
  private final ZoneId zone;

  PermitNextSteps(PermitApplications applications, PermitPayments payments, SlaClocks clocks,
      ManagementService management, MessageSource messages, @Value("${alur.cases.zone}") ZoneId zone) {
    this.applications = applications;
    this.payments = payments;
    this.clocks = clocks;
    this.management = management;
    this.messages = messages;
    this.zone = zone;
  }

  @Override
  public String prefix() {
    return PermitApplicationProcess.CASE_PREFIX;
  }

  @Override
  public Optional<NextStep> of(CaseFile caseFile) {
    String number = caseFile.trackingNumber().value();
    return applications.find(number).map(application -> {
      PermitAction action = application.citizenAction();
      Optional<Instant> due = switch (action) {
        case COMPLETE_FILE -> timer(caseFile, PermitApplicationProcess.COMPLETION_LAPSED);
        case REVISE -> timer(caseFile, PermitApplicationProcess.REVISION_LAPSED);
        case PAY -> payments.ofCase(number).map(PermitPayments.Payment::expiresAt);
        case WAIT -> clocks.ofCase(number).stream()
            .filter(clock -> clock.name().equals(PermitApplicationProcess.CLOCK)
                && clock.state() == SlaClock.State.RUNNING)
            .findFirst().flatMap(SlaClock::dueAt);
        case DOWNLOAD, NONE -> Optional.empty();
      };
      String key = "permit.action." + action.name();
      return new NextStep(action.name(), messages.getMessage(key, null, PermitTexts.INDONESIAN),
          messages.getMessage(key, null, Locale.ENGLISH), application.citizenRequest(),
          due.map(instant -> OffsetDateTime.ofInstant(instant, zone)));
    });
  }

  private Optional<Instant> timer(CaseFile caseFile, String activityId) {
    return caseFile.processInstanceId().flatMap(instance -> management.createJobQuery().processInstanceId(instance)
        .activityId(activityId).timers().list().stream().findFirst()).map(Job::getDuedate).map(date -> date.toInstant());
  }
}
