package id.alur.sla;

import java.time.LocalDate;

/** A day off for the whole civil service. */
public record Holiday(LocalDate date, Kind kind, String name, Status status, String source) {

  /** Libur nasional (national holiday) or cuti bersama (collective leave): both are days off. */
  public enum Kind { LIBUR, CUTI_BERSAMA }

  /** CONFIRMED by decree, or ESTIMATED (future lunar dates): both count until changed. */
  public enum Status { CONFIRMED, ESTIMATED }
}
