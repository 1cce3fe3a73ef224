package id.alur.sla;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** The calendar as Liquibase seeds it (the CSV it loads), for tests without a database. */
final class OfficialCalendar {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  static final OfficeHours CITY_HOURS = new SlaSettings(null, null, 0, null, null).cityHours();

  private OfficialCalendar() {
  }

  static WorkingCalendar load() {
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        OfficialCalendar.class.getResourceAsStream("/db/changelog/sla/holidays-id.csv"), StandardCharsets.UTF_8))) {
      List<Holiday> holidays = reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> {
        String[] cells = line.split(",", 5);
        return new Holiday(LocalDate.parse(cells[0]), Holiday.Kind.valueOf(cells[1]), cells[2],
            Holiday.Status.valueOf(cells[3]), cells[4]);
      }).toList();
      return new WorkingCalendar(JAKARTA, holidays);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static OfficeHours cityHoursWithLunchBreak() {
    return CITY_HOURS.withBreak(OfficeHours.Span.parse("12:00-13:00"));
  }

  static OfficeHours saturdayService() {
    return OfficeHours.of(Map.of(DayOfWeek.SATURDAY, OfficeHours.Span.parse("08:00-12:00")));
  }
}
