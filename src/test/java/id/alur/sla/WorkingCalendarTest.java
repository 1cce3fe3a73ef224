package id.alur.sla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-computed deadlines on the official calendar (times in Jakarta, +07:00). City office hours: Mon-Thu
 * 07:30-16:00, Fri 07:30-16:30.
 */
class WorkingCalendarTest {

  static final WorkingCalendar CALENDAR = OfficialCalendar.load();

  static Instant at(String local) {
    return OffsetDateTime.parse(local + "+07:00").toInstant();
  }

  static OfficeHours hours(String kind) {
    return switch (kind) {
      case "city" -> OfficialCalendar.CITY_HOURS;
      case "break" -> OfficialCalendar.cityHoursWithLunchBreak();
      case "24/7" -> OfficeHours.allDayEveryDay();
      default -> throw new IllegalArgumentException(kind);
    };
  }

  @ParameterizedTest(name = "{0} + {1} ({2}) = {3}: {4}")
  @CsvSource(delimiter = '|', textBlock = """
      # from               | amount | hours | due                  | why
      2026-11-24T10:00:00  | 1HK    | city  | 2026-11-25T10:00:00  | Tuesday 10:00 + 1 HK is Wednesday 10:00
      2026-11-24T10:00:00  | 0HK    | city  | 2026-11-24T10:00:00  | nothing to add inside office hours
      2026-11-27T10:00:00  | 1HK    | city  | 2026-11-30T10:00:00  | Friday + 1 HK skips the weekend
      2026-11-28T09:00:00  | 1HK    | city  | 2026-12-01T07:30:00  | Saturday counts from Monday's opening
      2026-11-28T09:00:00  | 0HK    | city  | 2026-11-30T07:30:00  | 0 HK on a Saturday is Monday's opening
      2026-11-23T06:00:00  | 1HK    | city  | 2026-11-24T07:30:00  | before opening counts from the opening
      2026-11-26T16:00:00  | 1HK    | city  | 2026-11-30T07:30:00  | Thursday at closing counts from Friday's opening
      2026-11-27T16:15:00  | 1HK    | city  | 2026-11-30T16:15:00  | Friday 16:15 is still open; same time Monday
      2026-11-27T16:30:00  | 1HK    | city  | 2026-12-01T07:30:00  | Friday at its later closing counts from Monday
      2026-03-17T10:00:00  | 1HK    | city  | 2026-03-25T10:00:00  | Nyepi, Idul Fitri and cuti bersama 18-24 March 2026
      2026-03-17T10:00:00  | 3HK    | city  | 2026-03-27T10:00:00  | 25, 26, 27 March after Idul Fitri
      2026-03-20T09:00:00  | 1HK    | city  | 2026-03-26T07:30:00  | filed on cuti bersama: counts from 25 March's opening
      2026-05-13T09:00:00  | 2HK    | city  | 2026-05-19T09:00:00  | Kenaikan 14 May and cuti bersama 15 May
      2026-05-26T11:00:00  | 1HK    | city  | 2026-05-29T11:00:00  | Idul Adha 27 May and cuti bersama 28 May
      2026-12-23T14:00:00  | 1HK    | city  | 2026-12-28T14:00:00  | cuti bersama 24 Dec, Natal 25 Dec, weekend
      2026-12-30T10:00:00  | 2HK    | city  | 2027-01-04T10:00:00  | year end: 31 Dec, then 1 Jan 2027 (estimated) and the weekend
      2027-03-09T10:00:00  | 1HK    | city  | 2027-03-12T10:00:00  | Idul Fitri 2027 estimated 10-11 March
      2027-05-05T10:00:00  | 1HK    | city  | 2027-05-07T10:00:00  | Kenaikan 2027 estimated 6 May
      2025-08-15T10:00:00  | 1HK    | city  | 2025-08-19T10:00:00  | cuti bersama 18 Aug 2025 (declared 7 Aug)
      2026-11-23T15:00:00  | 2JK    | city  | 2026-11-24T08:30:00  | one hour Monday, one Tuesday
      2026-11-27T15:00:00  | 2JK    | city  | 2026-11-30T08:00:00  | Friday closes 16:30: 1.5 h Friday, 0.5 h Monday
      2026-11-26T15:00:00  | 1JK    | city  | 2026-11-26T16:00:00  | using up the day's hours ends at closing
      2026-11-26T20:00:00  | 1JK    | city  | 2026-11-27T08:30:00  | evening counts from the next opening
      2026-11-23T07:30:00  | 8JK    | city  | 2026-11-23T15:30:00  | eight office hours inside one day
      2026-11-23T07:30:00  | 9JK    | city  | 2026-11-24T08:00:00  | a Monday has 8.5 office hours
      2026-03-17T15:00:00  | 3JK    | city  | 2026-03-25T09:30:00  | JK across Idul Fitri 2026
      2026-12-31T15:00:00  | 2JK    | city  | 2027-01-04T08:30:00  | JK across the year end and 1 Jan 2027
      2026-11-23T11:00:00  | 2JK    | break | 2026-11-23T14:00:00  | a lunch break is not office time
      2026-11-23T12:30:00  | 1HK    | break | 2026-11-24T13:00:00  | inside the break counts from its end
      2026-11-28T09:00:00  | 1HK    | 24/7  | 2026-11-29T09:00:00  | a 24/7 unit works weekends
      2026-12-24T22:00:00  | 1HK    | 24/7  | 2026-12-25T22:00:00  | and holidays
      2026-11-28T09:00:00  | 5JK    | 24/7  | 2026-11-28T14:00:00  | and every hour
      """)
  void due(String from, String amount, String hours, String due, String why) {
    assertThat(CALENDAR.due(at(from), WorkAmount.parse(amount), hours(hours))).as(why).isEqualTo(at(due));
  }

  @ParameterizedTest(name = "{0} .. {1} = {2} HK + {3}, {4} office time")
  @CsvSource(delimiter = '|', textBlock = """
      2026-11-23T10:00:00 | 2026-11-25T12:00:00 | 2 | PT2H   | PT19H
      2026-03-17T10:00:00 | 2026-03-25T10:00:00 | 1 | PT0S   | PT8H30M
      2026-11-28T09:00:00 | 2026-11-29T18:00:00 | 0 | PT0S   | PT0S
      2026-11-27T15:00:00 | 2026-11-30T08:00:00 | 0 | PT2H   | PT2H
      2026-11-25T10:00:00 | 2026-11-24T10:00:00 | 0 | PT0S   | PT0S
      """)
  void between(String from, String to, int days, Duration afterDays, Duration officeTime) {
    WorkingTime between = CALENDAR.workingTimeBetween(at(from), at(to), OfficialCalendar.CITY_HOURS);
    assertThat(between).isEqualTo(new WorkingTime(days, afterDays));
    assertThat(CALENDAR.officeTimeBetween(at(from), at(to), OfficialCalendar.CITY_HOURS)).isEqualTo(officeTime);
  }

  @Test
  @DisplayName("adding the working time between two office instants gives the later one back")
  void betweenAndAddAreInverse() {
    Instant from = at("2026-03-16T11:20:00");
    for (String to : new String[] {"2026-03-17T09:00:00", "2026-03-25T15:59:00", "2026-04-10T09:00:00",
        "2027-01-04T10:00:00"}) {
      WorkingTime between = CALENDAR.workingTimeBetween(from, at(to), OfficialCalendar.CITY_HOURS);
      assertThat(CALENDAR.add(from, between, OfficialCalendar.CITY_HOURS)).as(to).isEqualTo(at(to));
    }
  }

  @Test
  @DisplayName("holidays are days off whether LIBUR or cuti bersama, confirmed or estimated")
  void holidayKinds() {
    assertThat(CALENDAR.holiday(LocalDate.of(2026, 3, 20))).get()
        .extracting(Holiday::kind, Holiday::status).containsExactly(Holiday.Kind.CUTI_BERSAMA, Holiday.Status.CONFIRMED);
    assertThat(CALENDAR.holiday(LocalDate.of(2027, 3, 10))).get()
        .extracting(Holiday::kind, Holiday::status).containsExactly(Holiday.Kind.LIBUR, Holiday.Status.ESTIMATED);
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 3, 20), OfficialCalendar.CITY_HOURS)).isFalse();
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2027, 3, 10), OfficialCalendar.CITY_HOURS)).isFalse();
    assertThat(CALENDAR.isWorkingDay(LocalDate.of(2026, 3, 25), OfficialCalendar.CITY_HOURS)).isTrue();
  }

  @Test
  @DisplayName("an office open only on Saturdays counts Saturdays")
  void otherWeekdays() {
    assertThat(CALENDAR.due(at("2026-11-23T10:00:00"), WorkAmount.parse("1HK"), OfficialCalendar.saturdayService()))
        .isEqualTo(at("2026-12-05T08:00:00"));
  }

  @Test
  @DisplayName("amounts are a whole number and HK or JK, not negative, not absurd")
  void amounts() {
    assertThat(WorkAmount.parse(" 5 hk")).isEqualTo(new WorkAmount(5, WorkUnit.HK));
    assertThatThrownBy(() -> WorkAmount.parse("5 days")).hasMessageContaining("HK or JK");
    assertThatThrownBy(() -> WorkAmount.parse("-1HK")).hasMessageContaining("5HK");
    assertThatThrownBy(() -> new WorkAmount(-1, WorkUnit.JK)).hasMessageContaining("negative");
    assertThatThrownBy(() -> WorkAmount.parse("999999HK")).hasMessageContaining("too large");
  }
}
