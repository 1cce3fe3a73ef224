package id.alur.sla;

import java.time.Duration;
import java.time.Instant;

/**
 * When a running clock is due and when its reminder is. Both follow from the start of the current running
 * segment and the working time left then, so a calendar change only needs to compute them again.
 * The reminder falls when {@code share} of the clock's office time is used: the office time used before this
 * segment plus the office time of this segment up to the due instant is the whole.
 */
record ClockTimes(Instant due, Instant reminder) {

  static ClockTimes of(WorkingCalendar calendar, OfficeHours hours, Instant segmentStart, WorkingTime remaining,
      Duration consumed, double share) {
    Instant due = calendar.add(segmentStart, remaining, hours);
    Duration whole = consumed.plus(calendar.officeTimeBetween(segmentStart, due, hours));
    Duration untilReminder = Duration.ofSeconds(Math.round(whole.toSeconds() * share)).minus(consumed);
    Instant reminder = untilReminder.isNegative() || untilReminder.isZero()
        ? segmentStart
        : calendar.addOfficeTime(segmentStart, untilReminder, hours);
    return new ClockTimes(due, reminder.isAfter(due) ? due : reminder);
  }
}
