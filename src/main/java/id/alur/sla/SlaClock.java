package id.alur.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** One run of a named SLA clock of a process instance, as {@code sla_clock} holds it. */
public record SlaClock(
    String id,
    String processInstanceId,
    String processKey,
    Optional<String> trackingNumber,
    String name,
    String opd,
    WorkAmount budget,
    State state,
    Instant startedAt,
    Instant segmentStart,
    WorkingTime remaining,
    Duration consumed,
    Optional<Instant> dueAt,
    Optional<Instant> reminderAt,
    boolean reminderSent,
    boolean breachSent) {

  /** RUNNING counts down, PAUSED keeps what is left, STOPPED is done. */
  public enum State { RUNNING, PAUSED, STOPPED }

  /** The message a model catches to hear this clock's reminder: {@code SlaReminder_<clock name>}. */
  public static String reminderMessage(String clockName) {
    return "SlaReminder_" + clockName;
  }

  /** The message a model catches to hear this clock's breach: {@code SlaBreach_<clock name>}. */
  public static String breachMessage(String clockName) {
    return "SlaBreach_" + clockName;
  }
}
