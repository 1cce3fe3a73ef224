package id.alur.audit;

import id.alur.identity.StaffUser;
import id.alur.web.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The auditors' read-only view of cases: search (JSON or CSV), and a case with its timeline and SLA clocks
 * (JSON, or the timeline as CSV). Every case an auditor opens is itself a {@code CASE_READ} on the trail.
 */
@RestController
@RequestMapping("/api/audit/cases")
class AuditCaseApi {

  private static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

  private final AuditedCases cases;
  private final AuditTrail trail;

  AuditCaseApi(AuditedCases cases, AuditTrail trail) {
    this.cases = cases;
    this.trail = trail;
  }

  record CaseView(AuditedCases.CaseRow caseFile, List<AuditedCases.Step> timeline, List<AuditedCases.Clock> clocks) {
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
    StringBuilder csv = new StringBuilder(Csv.line(List.of("trackingNumber", "process", "opd", "status", "createdAt",
        "updatedAt", "slaBreached")));
    find(query).forEach(row -> csv.append(Csv.line(List.of(row.trackingNumber(), nullable(row.process()), row.opd(),
        row.status(), row.createdAt(), row.updatedAt(), row.slaBreached()))));
    return attachment("kasus.csv", csv.toString());
  }

  @GetMapping(value = "/{trackingNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
  CaseView read(@AuthenticationPrincipal StaffUser staff, @PathVariable String trackingNumber) {
    return view(Auditors.require(staff), trackingNumber);
  }

  @GetMapping("/{trackingNumber}/timeline.csv")
  ResponseEntity<String> timelineCsv(@AuthenticationPrincipal StaffUser staff, @PathVariable String trackingNumber) {
    CaseView view = view(Auditors.require(staff), trackingNumber);
    StringBuilder csv = new StringBuilder(Csv.line(List.of("position", "at", "actor", "opd", "action",
        "secondsUntilNext", "details")));
    view.timeline().forEach(step -> csv.append(Csv.line(List.of(step.position(), step.at(), step.actor(),
        nullable(step.opd()), step.action(), step.secondsUntilNext() == null ? "" : step.secondsUntilNext(),
        step.details()))));
    return attachment(view.caseFile().trackingNumber() + ".csv", csv.toString());
  }

  private CaseView view(StaffUser auditor, String trackingNumber) {
    CaseSearch search = CaseSearch.of(trackingNumber, null, null, null, null, null, null);
    AuditedCases.CaseRow row = cases.find(search.trackingNumber()).orElseThrow(() -> new ApiProblem(
        HttpStatus.NOT_FOUND, "trackingNumber", "Kasus tidak ditemukan", "No such case"));
    trail.record(new AuditEvent(auditor.userId(), row.opd(), row.trackingNumber(), "CASE_READ",
        Map.of("by", "auditor")));
    return new CaseView(row, cases.timeline(row.trackingNumber()), cases.clocks(row.trackingNumber()));
  }

  private List<AuditedCases.CaseRow> find(Map<String, String> query) {
    CaseSearch search = CaseSearch.of(query.get("trackingNumber"), query.get("process"), query.get("opd"),
        query.get("status"), query.get("from"), query.get("to"), query.get("slaBreached"));
    return cases.search(search, number(query, "limit", 50, 1, AuditedCases.MAX_ROWS),
        number(query, "offset", 0, 0, Integer.MAX_VALUE));
  }

  private static int number(Map<String, String> query, String field, int fallback, int min, int max) {
    String value = query.get(field);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.trim());
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new ApiProblem(HttpStatus.BAD_REQUEST, field, field + " harus angka " + min + " sampai " + max,
        field + " must be a number from " + min + " to " + max);
  }

  private static String nullable(String value) {
    return value == null ? "" : value;
  }

  private static ResponseEntity<String> attachment(String fileName, String body) {
    return ResponseEntity.ok().contentType(CSV)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + "\"")
        .body(body);
  }
}
