package id.alur.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Working-time arithmetic over a fixed set of holidays, in one time zone (Asia/Jakarta). Immutable: a
 * calendar change builds a new one.
 *
 * <p>The rules (DESIGN.md, "Counting rule"): a working day is a day the office opens that is not a holiday
 * (LIBUR or cuti bersama, CONFIRMED or ESTIMATED); an instant outside office hours counts from the next
 * opening; N working days (HK) later is the same time of day on the Nth working day after, even when that
 * day closes earlier (Friday 16:15 + 1 HK = Monday 16:15); N office hours (JK) are counted only inside office
 * hours, and a deadline that uses up a day's hours exactly falls at closing, not at the next opening.
 */
public final class WorkingCalendar {

  /** How far the arithmetic looks for office time before it calls the hours broken. */
  private static final int SEARCH_LIMIT_DAYS = 366 * 20;

  private final ZoneId zone;
  private final Map<LocalDate, Holiday> holidays;

  public WorkingCalendar(ZoneId zone, Collection<Holiday> holidays) {
    this.zone = zone;
    this.holidays = holidays.stream().collect(Collectors.toUnmodifiableMap(Holiday::date, Function.identity()));
  }

  public ZoneId zone() {
    return zone;
  }

  public Optional<Holiday> holiday(LocalDate date) {
    return Optional.ofNullable(holidays.get(date));
  }

  public boolean isWorkingDay(LocalDate date, OfficeHours hours) {
    if (hours.alwaysOpen()) {
      return true;
    }
    return hours.on(date.getDayOfWeek()).isPresent() && !holidays.containsKey(date);
  }

  /** The due instant of an amount of working time counted from {@code from}. */
  public Instant due(Instant from, WorkAmount amount, OfficeHours hours) {
    return switch (amount.unit()) {
      case HK -> addWorkingDays(from, amount.amount(), hours);
      case JK -> addOfficeTime(from, Duration.ofHours(amount.amount()), hours);
    };
  }

  /** {@code from} itself when the office is open then, else the next opening. */
  public Instant nextOfficeInstant(Instant from, OfficeHours hours) {
    LocalDateTime at = local(from);
    LocalDate day = at.toLocalDate();
    for (int i = 0; i < SEARCH_LIMIT_DAYS; i++, day = day.plusDays(1)) {
      if (!isWorkingDay(day, hours)) {
        continue;
      }
      for (OfficeHours.Interval interval : hours.intervals(day)) {
        if (at.isBefore(interval.end())) {
          return instant(at.isBefore(interval.start()) ? interval.start() : at);
        }
      }
    }
    throw noOfficeTime(hours);
  }

  /** The same time of day as the (next) office instant of {@code from}, {@code days} working days later. */
  public Instant addWorkingDays(Instant from, int days, OfficeHours hours) {
    LocalDateTime start = local(nextOfficeInstant(from, hours));
    LocalDate day = start.toLocalDate();
    int counted = 0;
    for (int i = 0; counted < days; i++) {
      if (i > SEARCH_LIMIT_DAYS) {
        throw noOfficeTime(hours);
      }
      day = day.plusDays(1);
      if (isWorkingDay(day, hours)) {
        counted++;
      }
    }
    return instant(day.atTime(start.toLocalTime()));
  }

  /** The instant at which {@code amount} of office time, counted from {@code from}, is used up. */
  public Instant addOfficeTime(Instant from, Duration amount, OfficeHours hours) {
    if (amount.isZero()) {
      return from;
    }
    LocalDateTime position = local(from);
    Duration left = amount;
    LocalDate day = position.toLocalDate();
    for (int i = 0; i < SEARCH_LIMIT_DAYS; i++, day = day.plusDays(1)) {
      if (!isWorkingDay(day, hours)) {
        continue;
      }
      for (OfficeHours.Interval interval : hours.intervals(day)) {
        if (!position.isBefore(interval.end())) {
          continue;
        }
        LocalDateTime start = position.isBefore(interval.start()) ? interval.start() : position;
        Duration available = Duration.between(start, interval.end());
        if (left.compareTo(available) <= 0) {
          return instant(start.plus(left));
        }
        left = left.minus(available);
        position = interval.end();
      }
    }
    throw noOfficeTime(hours);
  }

  /** Office time inside {@code [from, to)}; zero when {@code to} is not after {@code from}. */
  public Duration officeTimeBetween(Instant from, Instant to, OfficeHours hours) {
    if (!to.isAfter(from)) {
      return Duration.ZERO;
    }
    LocalDateTime start = local(from);
    LocalDateTime end = local(to);
    Duration total = Duration.ZERO;
    for (LocalDate day = start.toLocalDate(); !day.isAfter(end.toLocalDate()); day = day.plusDays(1)) {
      if (!isWorkingDay(day, hours)) {
        continue;
      }
      for (OfficeHours.Interval interval : hours.intervals(day)) {
        LocalDateTime overlapStart = interval.start().isAfter(start) ? interval.start() : start;
        LocalDateTime overlapEnd = interval.end().isBefore(end) ? interval.end() : end;
        if (overlapEnd.isAfter(overlapStart)) {
          total = total.plus(Duration.between(overlapStart, overlapEnd));
        }
      }
    }
    return total;
  }

  /**
   * The working time from {@code from} to {@code to}: the whole working days that fit (by the HK rule), then
   * the office time left over. Adding the result to {@code from} gives {@code to} back (or, when {@code to}
   * lies outside office hours, the end of the office time before it).
   */
  public WorkingTime workingTimeBetween(Instant from, Instant to, OfficeHours hours) {
    if (!to.isAfter(from)) {
      return WorkingTime.NONE;
    }
    int days = 0;
    Instant afterDays = nextOfficeInstant(from, hours);
    while (true) {
      Instant next = addWorkingDays(from, days + 1, hours);
      if (next.isAfter(to)) {
        break;
      }
      days++;
      afterDays = next;
    }
    return new WorkingTime(days, officeTimeBetween(afterDays, to, hours));
  }

  /** {@code from} plus whole working days, then office time: the inverse of {@link #workingTimeBetween}. */
  public Instant add(Instant from, WorkingTime time, OfficeHours hours) {
    Instant afterDays = time.days() == 0 ? from : addWorkingDays(from, time.days(), hours);
    return addOfficeTime(afterDays, time.officeTime(), hours);
  }

  private LocalDateTime local(Instant instant) {
    return LocalDateTime.ofInstant(instant, zone);
  }

  private Instant instant(LocalDateTime local) {
    return local.atZone(zone).toInstant();
  }

  private static IllegalStateException noOfficeTime(OfficeHours hours) {
    return new IllegalStateException("no office time within twenty years for office hours " + hours);
  }
}
