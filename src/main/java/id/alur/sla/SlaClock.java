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

  /** Counting down from {@code segmentStart}, due and reminded at {@code times}. */
  SlaClock running(Instant segmentStart, ClockTimes times) {
    return new SlaClock(id, processInstanceId, processKey, trackingNumber, name, opd, budget, State.RUNNING,
        startedAt, segmentStart, remaining, consumed, Optional.of(times.due()), Optional.of(times.reminder()),
        reminderSent, breachSent);
  }

  /** Stopped counting with {@code left} to go, {@code used} office time used so far. */
  SlaClock paused(WorkingTime left, Duration used) {
    return new SlaClock(id, processInstanceId, processKey, trackingNumber, name, opd, budget, State.PAUSED,
        startedAt, segmentStart, left, used, Optional.empty(), Optional.empty(), reminderSent, breachSent);
  }

  /** Done, having used {@code used} office time. */
  SlaClock stopped(Duration used) {
    return new SlaClock(id, processInstanceId, processKey, trackingNumber, name, opd, budget, State.STOPPED,
        startedAt, segmentStart, remaining, used, dueAt, reminderAt, reminderSent, breachSent);
  }

  /** The message a model catches to hear this clock's reminder: {@code SlaReminder_<clock name>}. */
  public static String reminderMessage(String clockName) {
    return "SlaReminder_" + clockName;
  }

  /** The message a model catches to hear this clock's breach: {@code SlaBreach_<clock name>}. */
  public static String breachMessage(String clockName) {
    return "SlaBreach_" + clockName;
  }
}
