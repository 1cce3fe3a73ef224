package id.alur.audit;

import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * What the auditors' pages show, already in the reader's language and the city's time zone, so the templates
 * only place text. Built from the same records the API answers with.
 */
@Component
class AuditPageRows {

  private final AuditTexts texts;

  AuditPageRows(AuditTexts texts) {
    this.texts = texts;
  }

  record CaseLine(String trackingNumber, String process, String opd, String status, String openedAt,
      String updatedAt, boolean slaBreached, String slaBreachedText) {
  }

  record PathLine(String activityId, String name, String type, String startedAt, String endedAt, String duration,
      long seconds, boolean active, boolean canceled, String assignee) {
  }

  record ClockLine(String name, String opd, String state, String budget, String startedAt, String dueAt,
      String stoppedAt, boolean breached, String breachedText) {
  }

  record StepLine(long position, String at, String actor, String opd, String action, String actionCode,
      String untilNext, String details, String hash) {
  }

  CaseLine caseLine(AuditedCases.CaseRow row, Locale locale) {
    return new CaseLine(row.trackingNumber(), orEmpty(row.process()), row.opd(), texts.status(row.status(), locale),
        texts.time(row.createdAt()), texts.time(row.updatedAt()), row.slaBreached(),
        texts.yesNo(row.slaBreached(), locale));
  }

  List<CaseLine> caseLines(List<AuditedCases.CaseRow> rows, Locale locale) {
    return rows.stream().map(row -> caseLine(row, locale)).toList();
  }

  List<PathLine> pathLines(List<ProcessPath.Step> steps, Locale locale) {
    return steps.stream().map(step -> new PathLine(step.activityId(),
        step.name() == null ? step.activityId() : step.name(), step.type(), texts.time(step.startedAt()),
        step.active() ? texts.text("audit.path.active", locale) : texts.time(step.endedAt()),
        texts.duration(step.seconds(), locale), step.seconds() == null ? 0 : step.seconds(), step.active(),
        step.canceled(), orEmpty(step.assignee()))).toList();
  }

  List<ClockLine> clockLines(List<AuditedCases.Clock> clocks, Locale locale) {
    return clocks.stream().map(clock -> new ClockLine(clock.name(), clock.opd(), clock.state(), clock.budget(),
        texts.time(clock.startedAt()), texts.time(clock.dueAt()), texts.time(clock.stoppedAt()), clock.breached(),
        texts.yesNo(clock.breached(), locale))).toList();
  }

  List<StepLine> stepLines(List<AuditedCases.Step> steps, Locale locale) {
    return steps.stream().map(step -> new StepLine(step.position(), texts.time(step.at()), step.actor(),
        orEmpty(step.opd()), texts.action(step.action(), locale), step.action(),
        texts.duration(step.secondsUntilNext(), locale), step.details(), step.hash().substring(0, 12))).toList();
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
