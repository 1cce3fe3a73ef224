package id.alur.audit;

import id.alur.identity.StaffUser;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditors' read-only view of cases: search (JSON, CSV or PDF), and a case's dossier (JSON, the timeline
 * as CSV, or the whole as PDF). Every case an auditor opens is itself a {@code CASE_READ} on the trail, every
 * export of a search a {@code CASES_EXPORTED}.
 */
@RestController
@RequestMapping("/api/audit/cases")
class AuditCaseApi {

  private final CaseSearches searches;
  private final CaseDossiers dossiers;
  private final AuditExports exports;

  AuditCaseApi(CaseSearches searches, CaseDossiers dossiers, AuditExports exports) {
    this.searches = searches;
    this.dossiers = dossiers;
    this.exports = exports;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  List<AuditedCases.CaseRow> search(@AuthenticationPrincipal StaffUser staff,
      @RequestParam Map<String, String> query) {
    Auditors.require(staff);
    return searches.find(query).rows();
  }

  @GetMapping("/export.csv")
  ResponseEntity<String> searchCsv(@AuthenticationPrincipal StaffUser staff, @RequestParam Map<String, String> query) {
    return AuditExports.csv("kasus.csv", exports.casesCsv(searches.export(Auditors.require(staff), query, "csv")));
  }

  @GetMapping("/export.pdf")
  ResponseEntity<byte[]> searchPdf(@AuthenticationPrincipal StaffUser staff, @RequestParam Map<String, String> query,
      Locale locale) {
    StaffUser auditor = Auditors.require(staff);
    return AuditExports.pdf("kasus.pdf", exports.casesPdf(searches.export(auditor, query, "pdf"), auditor.userId(),
        locale));
  }

  @GetMapping(value = "/{trackingNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
  CaseDossier read(@AuthenticationPrincipal StaffUser staff, @PathVariable String trackingNumber) {
    return dossiers.open(Auditors.require(staff), trackingNumber, "api");
  }

  @GetMapping("/{trackingNumber}/timeline.csv")
  ResponseEntity<String> timelineCsv(@AuthenticationPrincipal StaffUser staff, @PathVariable String trackingNumber) {
    CaseDossier dossier = dossiers.open(Auditors.require(staff), trackingNumber, "api-csv");
    return AuditExports.csv(dossier.caseFile().trackingNumber() + ".csv", exports.timelineCsv(dossier));
  }

  @GetMapping("/{trackingNumber}/report.pdf")
  ResponseEntity<byte[]> casePdf(@AuthenticationPrincipal StaffUser staff, @PathVariable String trackingNumber,
      Locale locale) {
    StaffUser auditor = Auditors.require(staff);
    CaseDossier dossier = dossiers.open(auditor, trackingNumber, "api-pdf");
    return AuditExports.pdf(dossier.caseFile().trackingNumber() + ".pdf",
        exports.casePdf(dossier, auditor.userId(), locale));
  }
}
