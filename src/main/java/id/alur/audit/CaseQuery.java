package id.alur.audit;

import id.alur.web.ApiProblem;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A search as it arrives in a query string (API or page): the criteria of {@link CaseSearch} and a page of
 * the results (at most {@link AuditedCases#MAX_ROWS} rows). A malformed value is a 400 naming its field.
 */
record CaseQuery(CaseSearch search, int limit, int offset) {

  static final int DEFAULT_LIMIT = 50;
  static final String[] CRITERIA = {"trackingNumber", "process", "opd", "status", "from", "to", "slaBreached"};

  static CaseQuery of(Map<String, String> query) {
    CaseSearch search = CaseSearch.of(query.get("trackingNumber"), query.get("process"), query.get("opd"),
        query.get("status"), query.get("from"), query.get("to"), query.get("slaBreached"));
    return new CaseQuery(search, number(query, "limit", DEFAULT_LIMIT, 1, AuditedCases.MAX_ROWS),
        number(query, "offset", 0, 0, Integer.MAX_VALUE));
  }

  /** The criteria as given (non-blank ones only), to link to the same search again. */
  static Map<String, String> criteria(Map<String, String> query) {
    Map<String, String> criteria = new LinkedHashMap<>();
    for (String name : CRITERIA) {
      String value = query.get(name);
      if (value != null && !value.isBlank()) {
        criteria.put(name, value.trim());
      }
    }
    return criteria;
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
}
