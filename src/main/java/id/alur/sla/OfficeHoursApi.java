package id.alur.sla;

import com.fasterxml.jackson.annotation.JsonProperty;
import id.alur.identity.StaffUser;
import id.alur.web.ApiProblem;
import java.time.DayOfWeek;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An OPD's office hours: staff read them, admins give an OPD hours of its own (or 24/7) and take them back. */
@RestController
@RequestMapping("/api/calendar/office-hours")
class OfficeHoursApi {

  record HoursView(String opd, boolean ownHours, boolean alwaysOpen, Map<String, String> days,
      @JsonProperty("break") String breakHours) {
  }

  record HoursRequest(Boolean alwaysOpen, Map<String, String> days, @JsonProperty("break") String breakHours) {
  }

  record Changed(HoursView hours, int moved) {
  }

  private final CalendarStore store;
  private final CalendarChanges changes;

  OfficeHoursApi(CalendarStore store, CalendarChanges changes) {
    this.store = store;
    this.changes = changes;
  }

  @GetMapping("/{opd}")
  HoursView read(@PathVariable String opd) {
    return view(store.current(), knownOpd(store.current(), opd));
  }

  @PutMapping("/{opd}")
  Changed put(@PathVariable String opd, @RequestBody(required = false) HoursRequest request,
      @AuthenticationPrincipal StaffUser staff) {
    CalendarApi.requireAdmin(staff);
    String code = knownOpd(store.current(), opd);
    if (request == null) {
      throw CalendarApi.bad("body", "Isi permintaan wajib ada: alwaysOpen, days, break",
          "A body with alwaysOpen, days, break is required");
    }
    boolean alwaysOpen = Boolean.TRUE.equals(request.alwaysOpen());
    Map<DayOfWeek, String> days = days(request.days());
    String breakHours = span("break", request.breakHours());
    OfficeHours checked = checked(alwaysOpen, days, breakHours);
    if (!alwaysOpen && checked == null) {
      throw CalendarApi.bad("days", "Paling sedikit satu hari harus buka", "At least one day must be open");
    }
    int moved = changes.setOfficeHours(code, alwaysOpen, days, breakHours, staff.userId());
    return new Changed(view(store.current(), code), moved);
  }

  @DeleteMapping("/{opd}")
  Changed reset(@PathVariable String opd, @AuthenticationPrincipal StaffUser staff) {
    CalendarApi.requireAdmin(staff);
    String code = knownOpd(store.current(), opd);
    int moved = changes.resetOfficeHours(code, staff.userId()).orElseThrow(() -> new ApiProblem(
        HttpStatus.NOT_FOUND, "opd", "OPD ini sudah memakai jam kerja kota", "This OPD already keeps the city's hours"));
    return new Changed(view(store.current(), code), moved);
  }

  private static String knownOpd(CalendarSnapshot snapshot, String opd) {
    if (!snapshot.opds().contains(opd)) {
      throw new ApiProblem(HttpStatus.NOT_FOUND, "opd", "OPD tidak dikenal", "Unknown OPD");
    }
    return opd;
  }

  private static Map<DayOfWeek, String> days(Map<String, String> requested) {
    Map<DayOfWeek, String> days = new EnumMap<>(DayOfWeek.class);
    if (requested == null) {
      return days;
    }
    for (Map.Entry<String, String> entry : requested.entrySet()) {
      DayOfWeek day;
      try {
        day = DayOfWeek.valueOf(entry.getKey().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw CalendarApi.bad("days." + entry.getKey(), "Hari tidak dikenal (monday … sunday)",
            "Unknown day (monday … sunday)");
      }
      if (entry.getValue() == null) {
        continue;
      }
      String value = entry.getValue();
      days.put(day, value.isBlank() ? "" : span("days." + entry.getKey(), value));
    }
    return days;
  }

  /** A span like 07:30-16:00, normalised; null stays null. */
  private static String span(String field, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OfficeHours.Span.parse(value).toString();
    } catch (IllegalArgumentException e) {
      throw CalendarApi.bad(field, "Jam harus seperti 07:30-16:00, tutup setelah buka",
          "Hours must look like 07:30-16:00, closing after opening");
    }
  }

  /** The hours as they would be stored, or null when no day is open. */
  private OfficeHours checked(boolean alwaysOpen, Map<DayOfWeek, String> days, String breakHours) {
    if (alwaysOpen) {
      return OfficeHours.allDayEveryDay();
    }
    Map<DayOfWeek, OfficeHours.Span> open = new EnumMap<>(DayOfWeek.class);
    OfficeHours city = store.current().cityHours();
    for (DayOfWeek day : DayOfWeek.values()) {
      String value = days.get(day);
      if (value == null) {
        city.on(day).ifPresent(span -> open.put(day, span));
      } else if (!value.isEmpty()) {
        open.put(day, OfficeHours.Span.parse(value));
      }
    }
    return open.isEmpty() ? null : OfficeHours.of(open);
  }

  private static HoursView view(CalendarSnapshot snapshot, String opd) {
    OfficeHours hours = snapshot.hoursOf(opd);
    Map<String, String> days = new LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      hours.on(day).ifPresent(span -> days.put(day.name().toLowerCase(Locale.ROOT), span.toString()));
    }
    return new HoursView(opd, snapshot.opdHours().containsKey(opd), hours.alwaysOpen(), days,
        hours.breakTime().map(OfficeHours.Span::toString).orElse(null));
  }
}
