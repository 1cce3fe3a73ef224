package id.alur.sla;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The calendar as it stands: holidays, the city's office hours, and the OPDs with hours of their own.
 * Immutable; {@link CalendarStore} swaps in a new one when the calendar changes.
 */
public record CalendarSnapshot(WorkingCalendar calendar, OfficeHours cityHours, Map<String, OfficeHours> opdHours,
    Set<String> opds) {

  /** The office hours of an OPD, or the city's when {@code opd} is empty. */
  public OfficeHours hoursOf(Optional<String> opd) {
    if (opd.isEmpty()) {
      return cityHours;
    }
    String code = opd.get();
    if (!opds.contains(code)) {
      throw new UnknownOpdException(code);
    }
    return opdHours.getOrDefault(code, cityHours);
  }

  public OfficeHours hoursOf(String opd) {
    return hoursOf(Optional.ofNullable(opd));
  }

  /**
   * The office hours for an OPD code recorded earlier (a clock, a deadline): the city's when it has no hours of
   * its own or has since been dissolved, so that old records never block a calendar change.
   */
  OfficeHours recordedHoursOf(Optional<String> opd) {
    return opd.map(code -> opdHours.getOrDefault(code, cityHours)).orElse(cityHours);
  }

  /** No active OPD has this code. */
  public static class UnknownOpdException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    UnknownOpdException(String code) {
      super("unknown OPD '" + code + "'");
    }
  }
}
