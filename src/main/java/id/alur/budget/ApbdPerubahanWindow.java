package id.alur.budget;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The window in which a shift that needs a change of the APBD can still go into this year's APBD-Perubahan: from
 * January to the day it closes ({@code alur.budget.apbd-perubahan-closes}, month and day, by default 31 August, when
 * the KUA-PPAS of the APBD-P is settled). A request that arrives later is deferred to next year's planning.
 */
@Component
class ApbdPerubahanWindow {

  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

  private final MonthDay closes;
  private final ZoneId zone;

  ApbdPerubahanWindow(@Value("${alur.budget.apbd-perubahan-closes}") String closes,
      @Value("${alur.cases.zone}") ZoneId zone) {
    try {
      this.closes = MonthDay.parse(closes.strip(), MONTH_DAY);
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("alur.budget.apbd-perubahan-closes must be a month and day like 08-31, not '"
          + closes + "'", e);
    }
    this.zone = zone;
  }

  /** Whether a request made at {@code now} can still wait for this year's APBD-P. */
  boolean isOpen(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, zone);
    return !today.isAfter(closes.atYear(today.getYear()));
  }

  /** The end (23:59) of the window's day in the year of {@code now}. */
  Instant closesAt(Instant now) {
    LocalDate day = closes.atYear(LocalDate.ofInstant(now, zone).getYear());
    return day.atTime(LocalTime.of(23, 59)).atZone(zone).toInstant();
  }

  /** The fiscal year whose planning takes a request deferred at {@code now}. */
  int nextPlanningYear(Instant now) {
    return LocalDate.ofInstant(now, zone).getYear() + 1;
  }
}
