package id.alur.sla;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The calendar tables ({@code sla_holiday}, {@code sla_opd_hours}) and the snapshot of them everyone
 * computes with. The snapshot is re-read after every change made here and every
 * {@code alur.sla.calendar-refresh}, so that a change made on another node arrives too.
 */
@Component
public class CalendarStore {

  private static final String[] DAY_COLUMNS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday"};

  private final JdbcClient jdbc;
  private final SlaSettings settings;
  private final AtomicReference<CalendarSnapshot> current = new AtomicReference<>();

  CalendarStore(JdbcClient jdbc, SlaSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  /** The calendar to compute with now. */
  public CalendarSnapshot current() {
    CalendarSnapshot snapshot = current.get();
    if (snapshot == null) {
      snapshot = load();
      current.compareAndSet(null, snapshot);
    }
    return snapshot;
  }

  /** Reads the calendar as the current transaction sees it, without publishing it. */
  public CalendarSnapshot load() {
    List<Holiday> holidays = jdbc.sql("select holiday_date, kind, name, status, source from sla_holiday")
        .query(CalendarStore::holiday).list();
    Set<String> opds = new HashSet<>(jdbc.sql("select code from opd_directory where active")
        .query(String.class).list());
    OfficeHours city = settings.cityHours();
    Map<String, OfficeHours> opdHours = new HashMap<>();
    jdbc.sql("select * from sla_opd_hours").query((row, n) -> {
      opdHours.put(row.getString("opd"), hours(row, city));
      return null;
    }).list();
    return new CalendarSnapshot(new WorkingCalendar(settings.zone(), holidays), city, Map.copyOf(opdHours),
        Set.copyOf(opds));
  }

  /** Makes {@code snapshot} the calendar everyone computes with. */
  public void publish(CalendarSnapshot snapshot) {
    current.set(snapshot);
  }

  @Scheduled(initialDelayString = "${alur.sla.calendar-refresh:PT5M}", fixedDelayString = "${alur.sla.calendar-refresh:PT5M}")
  void refresh() {
    publish(load());
  }

  public List<Holiday> holidays(int year) {
    return jdbc.sql("select holiday_date, kind, name, status, source from sla_holiday"
            + " where holiday_date between ? and ? order by holiday_date")
        .params(Date.valueOf(LocalDate.of(year, 1, 1)), Date.valueOf(LocalDate.of(year, 12, 31)))
        .query(CalendarStore::holiday).list();
  }

  public Optional<Holiday> holiday(LocalDate date) {
    return jdbc.sql("select holiday_date, kind, name, status, source from sla_holiday where holiday_date = ?")
        .param(Date.valueOf(date)).query(CalendarStore::holiday).optional();
  }

  void save(Holiday holiday, String actor, Instant at) {
    Object[] values = {holiday.kind().name(), holiday.name(), holiday.status().name(), holiday.source(), actor,
        OffsetDateTime.ofInstant(at, settings.zone()), Date.valueOf(holiday.date())};
    int updated = jdbc.sql("update sla_holiday set kind = ?, name = ?, status = ?, source = ?, changed_by = ?,"
        + " changed_at = ? where holiday_date = ?").params(values).update();
    if (updated == 0) {
      jdbc.sql("insert into sla_holiday (kind, name, status, source, changed_by, changed_at, holiday_date)"
          + " values (?, ?, ?, ?, ?, ?, ?)").params(values).update();
    }
  }

  boolean delete(LocalDate date) {
    return jdbc.sql("delete from sla_holiday where holiday_date = ?").param(Date.valueOf(date)).update() == 1;
  }

  /**
   * Stores an OPD's own hours: a day's span ({@code 07:30-16:00}), {@code ""} for closed, or absent for the
   * city's hours that day.
   */
  void saveOpdHours(String opd, boolean alwaysOpen, Map<DayOfWeek, String> days, String breakHours, String actor) {
    deleteOpdHours(opd);
    List<Object> values = new java.util.ArrayList<>(List.of(opd, alwaysOpen));
    for (DayOfWeek day : DayOfWeek.values()) {
      values.add(days.get(day));
    }
    values.add(breakHours);
    values.add(actor);
    jdbc.sql("insert into sla_opd_hours (opd, always_open, " + String.join(", ", DAY_COLUMNS)
            + ", break_hours, changed_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(values).update();
  }

  boolean deleteOpdHours(String opd) {
    return jdbc.sql("delete from sla_opd_hours where opd = ?").param(opd).update() == 1;
  }

  private static Holiday holiday(ResultSet row, int rowNumber) throws SQLException {
    return new Holiday(row.getDate("holiday_date").toLocalDate(), Holiday.Kind.valueOf(row.getString("kind")),
        row.getString("name"), Holiday.Status.valueOf(row.getString("status")), row.getString("source"));
  }

  private static OfficeHours hours(ResultSet row, OfficeHours city) throws SQLException {
    if (row.getBoolean("always_open")) {
      return OfficeHours.allDayEveryDay();
    }
    Map<DayOfWeek, OfficeHours.Span> days = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      String span = row.getString(DAY_COLUMNS[day.ordinal()]);
      if (span == null) {
        city.on(day).ifPresent(cityDay -> days.put(day, cityDay));
      } else if (!span.isBlank()) {
        days.put(day, OfficeHours.Span.parse(span));
      }
    }
    OfficeHours hours = OfficeHours.of(days);
    String breakHours = row.getString("break_hours");
    return breakHours == null || breakHours.isBlank() ? hours : hours.withBreak(OfficeHours.Span.parse(breakHours));
  }
}
