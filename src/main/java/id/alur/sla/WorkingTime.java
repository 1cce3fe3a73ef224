package id.alur.sla;

import java.time.Duration;

/**
 * Working time between two instants, or left on a clock: whole working days and then office time.
 * Kept in two parts because a working day is "the same time on the next working day", not a fixed number
 * of office hours (Friday is longer).
 */
public record WorkingTime(int days, Duration officeTime) {

  public static final WorkingTime NONE = new WorkingTime(0, Duration.ZERO);

  public WorkingTime {
    if (days < 0 || officeTime.isNegative()) {
      throw new IllegalArgumentException("working time cannot be negative");
    }
  }
}
