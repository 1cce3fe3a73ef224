package id.alur.audit;

import id.alur.identity.Opd;
import id.alur.identity.OpdDirectory;
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
 * A search and a case as files an auditor takes away: CSV for spreadsheets (raw values), PDF for the file
 * (the rows the pages show, in the reader's language). The PDF of a case carries each trail row's hash, so a
 * printed report can be checked against the chain later.
 */
@Component
class AuditExports {

  static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final AuditTexts texts;
  private final AuditPageRows rows;
  private final OpdDirectory opds;

  AuditExports(AuditTexts texts, AuditPageRows rows, OpdDirectory opds) {
    this.texts = texts;
    this.rows = rows;
    this.opds = opds;
  }

  String casesCsv(CaseSearches.Found found) {
    StringBuilder csv = new StringBuilder(Csv.line(List.of("trackingNumber", "process", "opd", "status", "createdAt",
        "updatedAt", "slaBreached")));
    found.rows().forEach(row -> csv.append(Csv.line(List.of(row.trackingNumber(), nullable(row.process()),
        row.opd(), row.status(), row.createdAt(), row.updatedAt(), row.slaBreached()))));
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

  byte[] casesPdf(CaseSearches.Found found, String auditor, Locale locale) {
    PdfReport report = new PdfReport(texts.text("audit.search.title", locale), footer(auditor, locale), true);
    Map<String, String> given = new LinkedHashMap<>();
    found.criteria().forEach((name, value) -> given.put(texts.field(name, locale), value));
    if (given.isEmpty()) {
      given.put(texts.text("audit.search.criteria", locale), texts.text("audit.search.all", locale));
    }
    report.labelled(given);
    report.paragraph(texts.text("audit.search.exported", locale, found.total(), found.rows().size()));
    report.table(List.of(texts.text("audit.field.trackingNumber", locale), texts.text("audit.field.process", locale),
            texts.text("audit.field.opd", locale), texts.text("audit.field.status", locale),
            texts.text("audit.case.opened", locale), texts.text("audit.case.updated", locale),
            texts.text("audit.field.slaBreached", locale)),
        new float[] {1.3f, 1.6f, 1.6f, 1.3f, 1.3f, 1.3f, 0.8f},
        rows.caseLines(found.rows(), locale).stream().map(line -> List.of(line.trackingNumber(), line.process(),
            opd(line.opd()), line.status(), line.openedAt(), line.updatedAt(), line.slaBreachedText())).toList());
    return report.toBytes();
  }

  byte[] casePdf(CaseDossier dossier, String auditor, Locale locale) {
    AuditPageRows.CaseLine caseFile = rows.caseLine(dossier.caseFile(), locale);
    PdfReport report = new PdfReport(texts.text("audit.case.title", locale, caseFile.trackingNumber()),
        footer(auditor, locale), true);
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put(texts.text("audit.field.trackingNumber", locale), caseFile.trackingNumber());
    facts.put(texts.text("audit.field.process", locale), caseFile.process());
    facts.put(texts.text("audit.field.opd", locale), opd(caseFile.opd()));
    facts.put(texts.text("audit.field.status", locale), caseFile.status());
    facts.put(texts.text("audit.case.opened", locale), caseFile.openedAt());
    facts.put(texts.text("audit.case.updated", locale), caseFile.updatedAt());
    facts.put(texts.text("audit.field.slaBreached", locale), caseFile.slaBreachedText());
    report.labelled(facts);

    report.heading(texts.text("audit.case.path", locale));
    if (dossier.path().isEmpty()) {
      report.paragraph(texts.text("audit.case.path.none", locale));
    } else {
      report.table(List.of(texts.text("audit.path.step", locale), texts.text("audit.path.type", locale),
              texts.text("audit.path.started", locale), texts.text("audit.path.ended", locale),
              texts.text("audit.path.duration", locale), texts.text("audit.path.assignee", locale)),
          new float[] {2.4f, 1.2f, 1.3f, 1.3f, 1.1f, 1.2f},
          rows.pathLines(dossier.path(), locale).stream().map(step -> List.of(step.name(), step.type(),
              step.startedAt(), step.endedAt(), step.duration(), step.assignee())).toList());
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
          rows.clockLines(dossier.clocks(), locale).stream().map(clock -> List.of(clock.name(), clock.opd(),
              clock.state(), clock.budget(), clock.startedAt(), clock.dueAt(), clock.stoppedAt(),
              clock.breachedText())).toList());
    }

    section(report, "audit.case.handoffs", dossier.handoffs(), locale);
    section(report, "audit.case.documents", dossier.documents(), locale);
    section(report, "audit.case.timeline", dossier.timeline(), locale);
    return report.toBytes();
  }

  /** A section of trail rows under its heading ({@code key}), or the section's "none yet" ({@code key.none}). */
  private void section(PdfReport report, String key, List<AuditedCases.Step> steps, Locale locale) {
    report.heading(texts.text(key, locale));
    if (steps.isEmpty()) {
      report.paragraph(texts.text(key + ".none", locale));
      return;
    }
    report.table(List.of("#", texts.text("audit.step.at", locale), texts.text("audit.step.actor", locale),
            texts.text("audit.field.opd", locale), texts.text("audit.step.action", locale),
            texts.text("audit.step.until", locale), texts.text("audit.step.details", locale), "hash"),
        new float[] {0.4f, 1.2f, 1f, 0.8f, 1.5f, 0.9f, 3.2f, 1f},
        rows.stepLines(steps, locale).stream().map(step -> List.of(String.valueOf(step.position()), step.at(),
            step.actor(), step.opd(), step.action(), step.untilNext(), step.details(), step.hash())).toList());
  }

  private String footer(String auditor, Locale locale) {
    return texts.text("audit.report.footer", locale, auditor, texts.time(Instant.now()), texts.zone().getId());
  }

  private String opd(String code) {
    return opds.find(code).map(Opd::name).map(name -> code + " - " + name).orElse(code);
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
