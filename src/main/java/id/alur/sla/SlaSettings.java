package id.alur.sla;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code alur.sla.*}: the city's time zone and office hours (an OPD without its own row in
 * {@code sla_opd_hours} keeps these), the share of an SLA after which the reminder is due, and how often
 * clocks and the calendar are looked at.
 */
@ConfigurationProperties("alur.sla")
public record SlaSettings(ZoneId zone, Map<DayOfWeek, String> officeHours, double reminderShare,
    Duration watchInterval, Duration calendarRefresh) {

  public SlaSettings {
    if (zone == null) {
      zone = ZoneId.of("Asia/Jakarta");
    }
    if (officeHours == null || officeHours.isEmpty()) {
      officeHours = Map.of(DayOfWeek.MONDAY, "07:30-16:00", DayOfWeek.TUESDAY, "07:30-16:00",
          DayOfWeek.WEDNESDAY, "07:30-16:00", DayOfWeek.THURSDAY, "07:30-16:00", DayOfWeek.FRIDAY, "07:30-16:30");
    }
    if (reminderShare <= 0 || reminderShare >= 1) {
      reminderShare = 0.75;
    }
    if (watchInterval == null) {
      watchInterval = Duration.ofSeconds(30);
    }
    if (calendarRefresh == null) {
      calendarRefresh = Duration.ofMinutes(5);
    }
  }

  OfficeHours cityHours() {
    Map<DayOfWeek, OfficeHours.Span> days = new EnumMap<>(DayOfWeek.class);
    officeHours.forEach((day, span) -> {
      if (span != null && !span.isBlank()) {
        days.put(day, OfficeHours.Span.parse(span));
      }
    });
    return OfficeHours.of(days);
  }
}
