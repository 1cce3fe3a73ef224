package id.alur.audit;

import id.alur.identity.OpdDirectory;
import id.alur.identity.Opd;
import id.alur.pdf.PdfReport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * A search and a case as files an auditor takes away: CSV for spreadsheets, PDF for the file. The PDF of a
 * case carries each trail row's hash, so a printed report can be checked against the chain later.
 */
@Component
class AuditExports {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final AuditTexts texts;
  private final OpdDirectory opds;

  AuditExports(AuditTexts texts, OpdDirectory opds) {
    this.texts = texts;
    this.opds = opds;
  }

  String casesCsv(List<AuditedCases.CaseRow> rows) {
    StringBuilder csv = new StringBuilder(Csv.line(List.of("trackingNumber", "process", "opd", "status", "createdAt",
        "updatedAt", "slaBreached")));
    rows.forEach(row -> csv.append(Csv.line(List.of(row.trackingNumber(), nullable(row.process()), row.opd(),
        row.status(), row.createdAt(), row.updatedAt(), row.slaBreached()))));
    return csv.toString();
  }

  String timelineCsv(CaseDossier dossier) {
    StringBuilder csv = new StringBuilder(Csv.line(List.of("position", "at", "actor", "opd", "action",
        "secondsUntilNext", "details", "hash")));
    dossier.timeline().forEach(step -> csv.append(Csv.line(List.of(step.position(), step.at(), step.actor(),
        nullable(step.opd()), step.action(), step.secondsUntilNext() == null ? "" : step.secondsUntilNext(),
        step.details(), step.hash()))));
    return csv.toString();
  }

  byte[] casesPdf(List<AuditedCases.CaseRow> rows, Map<String, String> criteria, String auditor, Locale locale) {
    PdfReport report = new PdfReport(texts.text("audit.search.title", locale), footer(auditor, locale), true);
    Map<String, String> given = new LinkedHashMap<>();
    criteria.forEach((name, value) -> given.put(texts.text("audit.field." + name, locale), value));
    if (given.isEmpty()) {
      given.put(texts.text("audit.search.criteria", locale), texts.text("audit.search.all", locale));
    }
    report.labelled(given);
    report.paragraph(texts.text("audit.search.count", locale, rows.size()));
    report.table(List.of(texts.text("audit.field.trackingNumber", locale), texts.text("audit.field.process", locale),
            texts.text("audit.field.opd", locale), texts.text("audit.field.status", locale),
            texts.text("audit.case.opened", locale), texts.text("audit.case.updated", locale),
            texts.text("audit.field.slaBreached", locale)),
        new float[] {1.3f, 1.6f, 1.6f, 1.3f, 1.3f, 1.3f, 0.8f},
        rows.stream().map(row -> List.of(row.trackingNumber(), nullable(row.process()), opd(row.opd()),
            texts.status(row.status(), locale), texts.time(row.createdAt()), texts.time(row.updatedAt()),
            texts.yesNo(row.slaBreached(), locale))).toList());
    return report.toBytes();
  }

  byte[] casePdf(CaseDossier dossier, String auditor, Locale locale) {
    AuditedCases.CaseRow row = dossier.caseFile();
    PdfReport report = new PdfReport(texts.text("audit.case.title", locale, row.trackingNumber()),
        footer(auditor, locale), true);
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put(texts.text("audit.field.trackingNumber", locale), row.trackingNumber());
    facts.put(texts.text("audit.field.process", locale), nullable(row.process()));
    facts.put(texts.text("audit.field.opd", locale), opd(row.opd()));
    facts.put(texts.text("audit.field.status", locale), texts.status(row.status(), locale));
    facts.put(texts.text("audit.case.opened", locale), texts.time(row.createdAt()));
    facts.put(texts.text("audit.case.updated", locale), texts.time(row.updatedAt()));
    facts.put(texts.text("audit.field.slaBreached", locale), texts.yesNo(row.slaBreached(), locale));
    report.labelled(facts);

    report.heading(texts.text("audit.case.path", locale));
    if (dossier.path().isEmpty()) {
      report.paragraph(texts.text("audit.case.path.none", locale));
    } else {
      report.table(List.of(texts.text("audit.path.step", locale), texts.text("audit.path.type", locale),
              texts.text("audit.path.started", locale), texts.text("audit.path.ended", locale),
              texts.text("audit.path.duration", locale), texts.text("audit.path.assignee", locale)),
          new float[] {2.4f, 1.2f, 1.3f, 1.3f, 1.1f, 1.2f},
          dossier.path().stream().map(step -> List.of(step.name() == null ? step.activityId() : step.name(),
              step.type(), texts.time(step.startedAt()), step.active() ? texts.text("audit.path.active", locale)
                  : texts.time(step.endedAt()), texts.duration(step.seconds(), locale), nullable(step.assignee())))
              .toList());
    }

    report.heading(texts.text("audit.case.sla", locale));
    if (dossier.clocks().isEmpty()) {
      report.paragraph(texts.text("audit.case.sla.none", locale));
    } else {
      report.table(List.of(texts.text("audit.sla.clock", locale), texts.text("audit.field.opd", locale),
              texts.text("audit.sla.state", locale), texts.text("audit.sla.budget", locale),
              texts.text("audit.sla.started", locale), texts.text("audit.sla.due", locale),
              texts.text("audit.sla.stopped", locale), texts.text("audit.sla.breached", locale)),
          new float[] {1.4f, 1f, 0.9f, 0.7f, 1.2f, 1.2f, 1.2f, 0.7f},
          dossier.clocks().stream().map(clock -> List.of(clock.name(), clock.opd(), clock.state(), clock.budget(),
              texts.time(clock.startedAt()), texts.time(clock.dueAt()), texts.time(clock.stoppedAt()),
              texts.yesNo(clock.breached(), locale))).toList());
    }

    section(report, texts.text("audit.case.handoffs", locale), texts.text("audit.case.handoffs.none", locale),
        dossier.handoffs(), locale);
    section(report, texts.text("audit.case.documents", locale), texts.text("audit.case.documents.none", locale),
        dossier.documents(), locale);
    section(report, texts.text("audit.case.timeline", locale), texts.text("audit.case.timeline.none", locale),
        dossier.timeline(), locale);
    return report.toBytes();
  }

  private void section(PdfReport report, String title, String none, List<AuditedCases.Step> steps, Locale locale) {
    report.heading(title);
    if (steps.isEmpty()) {
      report.paragraph(none);
      return;
    }
    report.table(List.of("#", texts.text("audit.step.at", locale), texts.text("audit.step.actor", locale),
            texts.text("audit.field.opd", locale), texts.text("audit.step.action", locale),
            texts.text("audit.step.until", locale), texts.text("audit.step.details", locale), "hash"),
        new float[] {0.4f, 1.2f, 1f, 0.8f, 1.5f, 0.9f, 3.2f, 1f},
        steps.stream().map(step -> List.of(String.valueOf(step.position()), texts.time(step.at()), step.actor(),
            nullable(step.opd()), texts.action(step.action(), locale),
            texts.duration(step.secondsUntilNext(), locale), step.details(), step.hash().substring(0, 12)))
            .toList());
  }

  private String footer(String auditor, Locale locale) {
    return texts.text("audit.report.footer", locale, auditor, texts.time(Instant.now()), texts.zone().getId());
  }

  private String opd(String code) {
    return opds.find(code).map(Opd::name).map(name -> code + " — " + name).orElse(code);
  }

  static ResponseEntity<String> csv(String fileName, String body) {
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(body);
  }

  static ResponseEntity<byte[]> pdf(String fileName, byte[] body) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"").body(body);
  }

  private static String nullable(@Nullable String value) {
    return value == null ? "" : value;
  }
}
