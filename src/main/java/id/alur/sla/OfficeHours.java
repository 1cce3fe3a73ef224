package id.alur.sla;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * When an office is open: a span per weekday, optionally a break inside every span, or always (a 24/7 unit
 * such as a command centre, which also works through weekends and holidays).
 */
public final class OfficeHours {

  /** From opening to closing of one day; closing is later than opening. */
  public record Span(LocalTime opens, LocalTime closes) {

    public Span {
      if (!closes.isAfter(opens)) {
        throw new IllegalArgumentException("closing " + closes + " must be after opening " + opens);
      }
    }

    /** Reads {@code 07:30-16:00}. */
    public static Span parse(String text) {
      String[] parts = text.trim().split("-");
      if (parts.length != 2) {
        throw new IllegalArgumentException("office hours must look like 07:30-16:00, not '" + text + "'");
      }
      try {
        return new Span(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException("office hours must look like 07:30-16:00, not '" + text + "'", e);
      }
    }

    @Override
    public String toString() {
      return opens + "-" + closes;
    }
  }

  /** A stretch of office time on a given date. */
  record Interval(LocalDateTime start, LocalDateTime end) {
  }

  private final Map<DayOfWeek, Span> days;
  private final Span breakTime;
  private final boolean alwaysOpen;

  private OfficeHours(Map<DayOfWeek, Span> days, Span breakTime, boolean alwaysOpen) {
    if (days.isEmpty() && !alwaysOpen) {
      throw new IllegalArgumentException("office hours need at least one open day");
    }
    EnumMap<DayOfWeek, Span> copy = new EnumMap<>(DayOfWeek.class);
    copy.putAll(days);
    this.days = Collections.unmodifiableMap(copy);
    this.breakTime = breakTime;
    this.alwaysOpen = alwaysOpen;
  }

  public static OfficeHours of(Map<DayOfWeek, Span> days) {
    return new OfficeHours(days, null, false);
  }

  /** Open every hour of every day, holidays included. */
  public static OfficeHours allDayEveryDay() {
    return new OfficeHours(Map.of(), null, true);
  }

  /** The same hours with a break inside each day's span (not counted as office time). */
  public OfficeHours withBreak(Span breakTime) {
    return new OfficeHours(days, breakTime, alwaysOpen);
  }

  public boolean alwaysOpen() {
    return alwaysOpen;
  }

  public Optional<Span> on(DayOfWeek day) {
    return alwaysOpen ? Optional.empty() : Optional.ofNullable(days.get(day));
  }

  public Optional<Span> breakTime() {
    return Optional.ofNullable(breakTime);
  }

  /** The office time of a date that is a working day, in order. */
  List<Interval> intervals(LocalDate date) {
    if (alwaysOpen) {
      return List.of(new Interval(date.atStartOfDay(), date.plusDays(1).atStartOfDay()));
    }
    Span span = days.get(date.getDayOfWeek());
    if (span == null) {
      return List.of();
    }
    List<Interval> intervals = new ArrayList<>(2);
    if (breakTime != null && breakTime.opens().isAfter(span.opens()) && breakTime.closes().isBefore(span.closes())) {
      intervals.add(new Interval(date.atTime(span.opens()), date.atTime(breakTime.opens())));
      intervals.add(new Interval(date.atTime(breakTime.closes()), date.atTime(span.closes())));
    } else {
      intervals.add(new Interval(date.atTime(span.opens()), date.atTime(span.closes())));
    }
    return intervals;
  }

  @Override
  public String toString() {
    return alwaysOpen ? "24/7" : days + (breakTime == null ? "" : " break " + breakTime);
  }
}
