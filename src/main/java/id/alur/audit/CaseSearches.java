package id.alur.audit;

import id.alur.identity.StaffUser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Auditors' searches over cases, for the API and the pages alike: a page of the cases found and how many
 * there are in all. Taking a search away (CSV, PDF) is a {@code CASES_EXPORTED} on the trail, with the
 * criteria and the number of cases it held: a bulk read of citizens' cases, recorded like a single one.
 */
@Component
class CaseSearches {

  private final AuditedCases cases;
  private final AuditTrail trail;

  CaseSearches(AuditedCases cases, AuditTrail trail) {
    this.cases = cases;
    this.trail = trail;
  }

  /** A page of what a search found: its rows, where the page starts, its size, and how many were found. */
  record Found(List<AuditedCases.CaseRow> rows, int offset, int limit, long total, Map<String, String> criteria) {

    boolean truncated() {
      return offset + rows.size() < total;
    }
  }

  Found find(Map<String, String> query) {
    CaseQuery parsed = CaseQuery.of(query);
    return new Found(cases.search(parsed.search(), parsed.limit(), parsed.offset()), parsed.offset(),
        parsed.limit(), cases.count(parsed.search()), CaseQuery.criteria(query));
  }

  /** An export: by default the first {@link AuditedCases#MAX_ROWS} cases found. */
  Found export(StaffUser auditor, Map<String, String> query, String format) {
    Map<String, String> paged = new LinkedHashMap<>(query);
    paged.putIfAbsent("limit", String.valueOf(AuditedCases.MAX_ROWS));
    Found found = find(paged);
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("format", format);
    details.put("criteria", found.criteria());
    details.put("rows", found.rows().size());
    details.put("found", found.total());
    trail.record(new AuditEvent(auditor.userId(), null, null, "CASES_EXPORTED", details));
    return found;
  }
}
