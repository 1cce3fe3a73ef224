package id.alur.audit;

import id.alur.cases.CaseStatus;
import id.alur.cases.TrackingNumber;
import id.alur.web.ApiProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;

/**
 * An auditor's search over cases: by tracking number, process, OPD, status, the day it was opened (from, to,
 * inclusive, Asia/Jakarta) and whether any SLA clock was breached. Each criterion is optional; a malformed one
 * is a 400 naming it.
 */
record CaseSearch(@Nullable String trackingNumber, @Nullable String process, @Nullable String opd,
    @Nullable CaseStatus status, @Nullable LocalDate from, @Nullable LocalDate to, boolean slaBreached) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  static CaseSearch of(String trackingNumber, String process, String opd, String status, String from, String to,
      String slaBreached) {
    String number = blank(trackingNumber) ? null : trackingNumber(trackingNumber);
    LocalDate fromDay = day("from", from);
    LocalDate toDay = day("to", to);
    if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
      throw invalid("to", "Tanggal akhir sebelum tanggal awal", "The end date is before the start date");
    }
    return new CaseSearch(number, name("process", process), name("opd", opd), status(status), fromDay, toDay,
        flag(slaBreached));
  }

  /** A tracking number as given (a case's own address); a malformed or missing one is a 400 naming it. */
  static String trackingNumber(@Nullable String value) {
    if (blank(value)) {
      throw invalid("trackingNumber", "Nomor registrasi wajib diisi", "A tracking number is required");
    }
    return TrackingNumber.tryParse(value).map(TrackingNumber::value).orElseThrow(() -> invalid("trackingNumber",
        "Nomor registrasi tidak valid (contoh PRM-2026-000123)", "Not a tracking number (like PRM-2026-000123)"));
  }

  private static String name(String field, String value) {
    if (blank(value)) {
      return null;
    }
    if (!NAME.matcher(value).matches()) {
      throw invalid(field, "Isian " + field + " tidak valid", "Invalid " + field);
    }
    return value;
  }

  private static CaseStatus status(String value) {
    if (blank(value)) {
      return null;
    }
    return Arrays.stream(CaseStatus.values()).filter(status -> status.name().equalsIgnoreCase(value.trim()))
        .findFirst().orElseThrow(() -> invalid("status", "Status tidak dikenal", "Unknown status"));
  }

  private static LocalDate day(String field, String value) {
    try {
      return blank(value) ? null : LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw invalid(field, "Tanggal tidak valid (TTTT-BB-HH)", "Not a date (YYYY-MM-DD)");
    }
  }

  private static boolean flag(String value) {
    if (blank(value)) {
      return false;
    }
    return Optional.of(value.trim().toLowerCase(Locale.ROOT)).filter(text -> text.equals("true")
        || text.equals("false")).map(Boolean::parseBoolean)
        .orElseThrow(() -> invalid("slaBreached", "Isian slaBreached harus true atau false",
            "slaBreached must be true or false"));
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  private static ApiProblem invalid(String field, String indonesian, String english) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, field, indonesian, english);
  }
}
