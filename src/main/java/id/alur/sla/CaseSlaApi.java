package id.alur.sla;

import id.alur.cases.CaseFile;
import id.alur.cases.ReadableCases;
import id.alur.identity.StaffUser;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A case's SLA record for the staff who may read the case (its OPD, heads, auditors): every clock with its
 * budget, state and due instant, and every start, pause, resume, reminder, breach, stop and move with who and
 * when.
 */
@RestController
class CaseSlaApi {

  record EntryView(SlaEvent event, OffsetDateTime at, String actor, String opd, OffsetDateTime dueAt,
      String detail) {
  }

  record ClockView(String name, String opd, String budget, SlaClock.State state, OffsetDateTime startedAt,
      OffsetDateTime dueAt, int leftDays, Duration leftOfficeTime, Duration usedOfficeTime,
      boolean reminded, boolean breached, List<EntryView> history) {
  }

  private final ReadableCases cases;
  private final SlaClocks clocks;
  private final ZoneId zone;

  CaseSlaApi(ReadableCases cases, SlaClocks clocks, SlaSettings settings) {
    this.cases = cases;
    this.clocks = clocks;
    this.zone = settings.zone();
  }

  @GetMapping("/api/cases/{trackingNumber}/sla")
  List<ClockView> read(@PathVariable String trackingNumber, @AuthenticationPrincipal StaffUser staff) {
    CaseFile caseFile = cases.get(trackingNumber, staff);
    return clocks.ofCase(caseFile.trackingNumber().value()).stream().map(this::view).toList();
  }

  private ClockView view(SlaClock clock) {
    List<EntryView> history = clocks.history(clock.id()).stream()
        .map(entry -> new EntryView(entry.event(), at(entry.at()), entry.actor(), entry.opd(),
            entry.dueAt().map(this::at).orElse(null), entry.detail().orElse(null)))
        .toList();
    SlaClocks.Progress progress = clocks.progress(clock);
    return new ClockView(clock.name(), clock.opd(), clock.budget().toString(), clock.state(),
        at(clock.startedAt()), clock.dueAt().map(this::at).orElse(null), progress.left().days(),
        progress.left().officeTime(), progress.used(), clock.reminderSent(), clock.breachSent(), history);
  }

  private OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, zone);
  }
}
