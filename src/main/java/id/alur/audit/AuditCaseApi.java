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
 * as CSV, or the whole as PDF). Every case an auditor opens is itself a {@code CASE_READ} on the trail.
 */
@RestController
@RequestMapping("/api/audit/cases")
class AuditCaseApi {

  private final AuditedCases cases;
  private final CaseDossiers dossiers;
  private final AuditExports exports;

  AuditCaseApi(AuditedCases cases, CaseDossiers dossiers, AuditExports exports) {
    this.cases = cases;
    this.dossiers = dossiers;
    this.exports = exports;
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  List<AuditedCases.CaseRow> search(@AuthenticationPrincipal StaffUser staff,
      @RequestParam Map<String, String> query) {
    Auditors.require(staff);
    return find(query);
  }

  @GetMapping("/export.csv")
  ResponseEntity<String> searchCsv(@AuthenticationPrincipal StaffUser staff, @RequestParam Map<String, String> query) {
    Auditors.require(staff);
    return AuditExports.csv("kasus.csv", exports.casesCsv(find(query)));
  }

  @GetMapping("/export.pdf")
  ResponseEntity<byte[]> searchPdf(@AuthenticationPrincipal StaffUser staff, @RequestParam Map<String, String> query,
      Locale locale) {
    StaffUser auditor = Auditors.require(staff);
    return AuditExports.pdf("kasus.pdf", exports.casesPdf(find(query), CaseQuery.criteria(query), auditor.userId(),
        locale));
  }

  @GetMapping(value = "/{trackingNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
  CaseDossier read(@AuthenticationPrincipal StaffUser staff, @PathVariable String trackingNumber) {
    return dossiers.open(Auditors.require(staff), trackingNumber, "api");
  }

  @GetMapping("/{trackingNumber}/timeline.csv")
  ResponseEntity<String> timelineCsv(@AuthenticationPrincipal StaffUser staff, @PathVariable String trackingNumber) {
    CaseDossier dossier = dossiers.open(Auditors.require(staff), trackingNumber, "api");
    return AuditExports.csv(dossier.caseFile().trackingNumber() + ".csv", exports.timelineCsv(dossier));
  }

  @GetMapping("/{trackingNumber}/report.pdf")
  ResponseEntity<byte[]> casePdf(@AuthenticationPrincipal StaffUser staff, @PathVariable String trackingNumber,
      Locale locale) {
    StaffUser auditor = Auditors.require(staff);
    CaseDossier dossier = dossiers.open(auditor, trackingNumber, "api");
    return AuditExports.pdf(dossier.caseFile().trackingNumber() + ".pdf",
        exports.casePdf(dossier, auditor.userId(), locale));
  }

  private List<AuditedCases.CaseRow> find(Map<String, String> query) {
    CaseQuery parsed = CaseQuery.of(query);
    return cases.search(parsed.search(), parsed.limit(), parsed.offset());
  }
}
