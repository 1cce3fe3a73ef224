package id.alur.sla;

/** What can happen to an SLA clock; each is recorded in {@code sla_clock_event} and counted. */
public enum SlaEvent {
  START, PAUSE, RESUME, REMINDER, BREACH, STOP,
  /** A calendar change moved the clock's due instant. */
  MOVED
}
