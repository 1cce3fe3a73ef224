package id.alur.sla;

import id.alur.identity.StaffGroups;
import id.alur.identity.StaffUser;
import id.alur.web.ApiProblem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar for staff: due instants, working time between two instants, the holidays of a
 * year; admins change holidays. Parameters are read as text so that a bad one gets a 400 naming it.
 */
@RestController
@RequestMapping("/api/calendar")
class CalendarApi {

  /** Ten years: further out, no one has a calendar. */
  private static final Duration LONGEST_SPAN = Duration.ofDays(3660);

  record Due(OffsetDateTime due) {
  }

  record Between(int workingDays, Duration officeTimeAfterDays, Duration officeTime) {
  }

  record HolidayView(LocalDate date, Holiday.Kind kind, String name, Holiday.Status status, String source) {

    static HolidayView of(Holiday holiday) {
      return new HolidayView(holiday.date(), holiday.kind(), holiday.name(), holiday.status(), holiday.source());
    }
  }

  record HolidayRequest(String kind, String name, String status, String source) {
  }

  record Change(HolidayView holiday, LocalDate date, int clocksMoved, int timersMoved, int tasksMoved) {

    static Change of(CalendarChanges.Result result) {
      return new Change(result.holiday().map(HolidayView::of).orElse(null), result.date(), result.clocksMoved(),
          result.timersMoved(), result.tasksMoved());
    }
  }

  private final CalendarStore store;
  private final CalendarChanges changes;
  private final SlaSettings settings;

  CalendarApi(CalendarStore store, CalendarChanges changes, SlaSettings settings) {
    this.store = store;
    this.changes = changes;
    this.settings = settings;
  }

  @GetMapping("/due")
  Due due(@RequestParam(required = false) String from, @RequestParam(required = false) String amount,
      @RequestParam(required = false) String unit, @RequestParam(required = false) String opd) {
    Instant start = instant("from", from);
    WorkUnit workUnit = WorkUnit.parse(required("unit", unit)).orElseThrow(() -> bad("unit",
        "Satuan harus HK (hari kerja) atau JK (jam kerja)", "Unit must be HK (working days) or JK (office hours)"));
    WorkAmount workAmount = amount(required("amount", amount), workUnit);
    CalendarSnapshot snapshot = store.current();
    Instant due = snapshot.calendar().due(start, workAmount, hours(snapshot, opd));
    return new Due(OffsetDateTime.ofInstant(due, settings.zone()));
  }

  @GetMapping("/working-time")
  Between workingTime(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
      @RequestParam(required = false) String opd) {
    Instant start = instant("from", from);
    Instant end = instant("to", to);
    if (end.isBefore(start)) {
      throw bad("to", "'to' tidak boleh sebelum 'from'", "'to' must not be before 'from'");
    }
    if (Duration.between(start, end).compareTo(LONGEST_SPAN) > 0) {
      throw bad("to", "Rentang paling lama 10 tahun", "The span can be at most 10 years");
    }
    CalendarSnapshot snapshot = store.current();
    OfficeHours hours = hours(snapshot, opd);
    WorkingTime between = snapshot.calendar().workingTimeBetween(start, end, hours);
    return new Between(between.days(), between.officeTime(),
        snapshot.calendar().officeTimeBetween(start, end, hours));
  }

  @GetMapping("/holidays")
  List<HolidayView> holidays(@RequestParam(required = false) String year) {
    int wanted = year == null || year.isBlank() ? SlaClocks.now().atZone(settings.zone()).getYear() : year(year);
    return store.holidays(wanted).stream().map(HolidayView::of).toList();
  }

  @PutMapping("/holidays/{date}")
  Change put(@PathVariable String date, @RequestBody(required = false) HolidayRequest request,
      @AuthenticationPrincipal StaffUser staff) {
    requireAdmin(staff);
    LocalDate day = date(date);
    if (request == null) {
      throw bad("body", "Isi permintaan wajib ada: kind, name, status, source",
          "A body with kind, name, status, source is required");
    }
    Holiday.Kind kind = enumValue("kind", request.kind(), Holiday.Kind.class,
        "Jenis harus LIBUR atau CUTI_BERSAMA", "Kind must be LIBUR or CUTI_BERSAMA");
    Holiday.Status status = request.status() == null ? Holiday.Status.CONFIRMED : enumValue("status",
        request.status(), Holiday.Status.class, "Status harus CONFIRMED atau ESTIMATED",
        "Status must be CONFIRMED or ESTIMATED");
    String name = text("name", request.name(), 200, true);
    String source = text("source", request.source(), 300, false);
    return Change.of(changes.put(new Holiday(day, kind, name, status, source), staff.userId()));
  }

  @DeleteMapping("/holidays/{date}")
  ResponseEntity<Change> delete(@PathVariable String date, @AuthenticationPrincipal StaffUser staff) {
    requireAdmin(staff);
    LocalDate day = date(date);
    return changes.remove(day, staff.userId()).map(Change::of).map(ResponseEntity::ok)
        .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "date", "Tanggal ini bukan hari libur",
            "This date is not a holiday"));
  }

  static void requireAdmin(StaffUser staff) {
    if (staff == null || !staff.groups().contains(StaffGroups.ADMIN)) {
      throw new ApiProblem(HttpStatus.FORBIDDEN, "", "Hanya admin yang boleh mengubah kalender",
          "Only admins may change the calendar");
    }
  }

  private static OfficeHours hours(CalendarSnapshot snapshot, String opd) {
    try {
      return snapshot.hoursOf(Optional.ofNullable(opd).filter(code -> !code.isBlank()));
    } catch (CalendarSnapshot.UnknownOpdException e) {
      throw bad("opd", "OPD tidak dikenal", "Unknown OPD");
    }
  }

  private static String required(String field, String value) {
    if (value == null || value.isBlank()) {
      throw bad(field, "'" + field + "' wajib diisi", "'" + field + "' is required");
    }
    return value;
  }

  /** An ISO instant with an offset; a '+' sent unencoded arrives as a space and is read as '+'. */
  private static Instant instant(String field, String value) {
    String text = required(field, value).trim().replace(' ', '+');
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw bad(field, "'" + field + "' harus waktu ISO 8601 dengan zona, mis. 2026-11-24T10:00:00+07:00",
          "'" + field + "' must be an ISO 8601 instant with an offset, e.g. 2026-11-24T10:00:00+07:00");
    }
  }

  private static WorkAmount amount(String value, WorkUnit unit) {
    int number;
    try {
      number = Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw bad("amount", "'amount' harus bilangan bulat", "'amount' must be a whole number");
    }
    if (number < 0) {
      throw bad("amount", "'amount' tidak boleh negatif", "'amount' must not be negative");
    }
    int limit = unit == WorkUnit.HK ? WorkAmount.MAX_DAYS : WorkAmount.MAX_HOURS;
    if (number > limit) {
      throw bad("amount", "'amount' paling besar " + limit + " " + unit, "'amount' can be at most " + limit + " " + unit);
    }
    return new WorkAmount(number, unit);
  }

  private static int year(String value) {
    try {
      int year = Integer.parseInt(value.trim());
      if (year >= 1900 && year <= 9999) {
        return year;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw bad("year", "'year' harus tahun empat angka, mis. 2026", "'year' must be a four-digit year, e.g. 2026");
  }

  private static LocalDate date(String value) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw bad("date", "Tanggal harus berformat YYYY-MM-DD", "The date must look like YYYY-MM-DD");
    }
  }

  private static <E extends Enum<E>> E enumValue(String field, String value, Class<E> type, String indonesian,
      String english) {
    String text = required(field, value).trim();
    try {
      return Enum.valueOf(type, text);
    } catch (IllegalArgumentException e) {
      throw bad(field, indonesian, english);
    }
  }

  private static String text(String field, String value, int maxLength, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        throw bad(field, "'" + field + "' wajib diisi", "'" + field + "' is required");
      }
      return null;
    }
    if (value.length() > maxLength) {
      throw bad(field, "'" + field + "' paling panjang " + maxLength + " karakter",
          "'" + field + "' can be at most " + maxLength + " characters");
    }
    return value.trim();
  }

  static ApiProblem bad(String field, String indonesian, String english) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, field, indonesian, english);
  }
}
