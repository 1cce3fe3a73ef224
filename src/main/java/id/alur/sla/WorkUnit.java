package id.alur.sla;

import java.util.Locale;
import java.util.Optional;

/** The two units of Indonesian service standards. */
public enum WorkUnit {
  /** Hari kerja: a working day, counted as the same time of day on the Nth working day after. */
  HK,
  /** Jam kerja: an hour inside office hours. */
  JK;

  public static Optional<WorkUnit> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(valueOf(text.trim().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
