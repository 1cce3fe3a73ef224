package id.alur.sla;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The SQL of {@code sla_clock} and {@code sla_clock_event}. */
@Component
class ClockTable {

  private static final String COLUMNS = "id, process_instance_id, process_key, tracking_number, clock_name, opd,"
      + " budget_amount, budget_unit, state, started_at, segment_start, remaining_days, remaining_seconds,"
      + " consumed_seconds, due_at, reminder_at, reminder_sent, breach_sent";

  private final JdbcClient jdbc;
  private final ZoneId zone;

  ClockTable(JdbcClient jdbc, SlaSettings settings) {
    this.jdbc = jdbc;
    this.zone = settings.zone();
  }

  void insert(SlaClock clock) {
    jdbc.sql("insert into sla_clock (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(clock.id(), clock.processInstanceId(), clock.processKey(), clock.trackingNumber().orElse(null),
            clock.name(), clock.opd(), clock.budget().amount(), clock.budget().unit().name(), clock.state().name(),
            at(clock.startedAt()), at(clock.segmentStart()), clock.remaining().days(),
            clock.remaining().officeTime().toSeconds(), clock.consumed().toSeconds(), at(clock.dueAt()),
            at(clock.reminderAt()), clock.reminderSent(), clock.breachSent())
        .update();
  }

  /** Writes what changes over a clock's life. */
  void update(SlaClock clock, Optional<Instant> stoppedAt) {
    jdbc.sql("update sla_clock set state = ?, segment_start = ?, remaining_days = ?, remaining_seconds = ?,"
            + " consumed_seconds = ?, due_at = ?, reminder_at = ?, stopped_at = ? where id = ?")
        .params(clock.state().name(), at(clock.segmentStart()), clock.remaining().days(),
            clock.remaining().officeTime().toSeconds(), clock.consumed().toSeconds(), at(clock.dueAt()),
            at(clock.reminderAt()), at(stoppedAt), clock.id())
        .update();
  }

  /** Marks the reminder (or breach) sent; false when another node or an earlier pass already did. */
  boolean claim(String clockId, SlaEvent event) {
    String column = event == SlaEvent.REMINDER ? "reminder_sent" : "breach_sent";
    return jdbc.sql("update sla_clock set " + column + " = ? where id = ? and " + column + " = ? and state = ?")
        .params(true, clockId, false, SlaClock.State.RUNNING.name())
        .update() == 1;
  }

  Optional<SlaClock> find(String id) {
    return jdbc.sql("select " + COLUMNS + " from sla_clock where id = ?").param(id).query(this::clock).optional();
  }

  /** The clock of this name that has not stopped, if any. */
  Optional<SlaClock> active(String processInstanceId, String name) {
    return jdbc.sql("select " + COLUMNS + " from sla_clock where process_instance_id = ? and clock_name = ?"
            + " and state <> ?")
        .params(processInstanceId, name, SlaClock.State.STOPPED.name())
        .query(this::clock).optional();
  }

  List<SlaClock> ofProcessInstance(String processInstanceId) {
    return jdbc.sql("select " + COLUMNS + " from sla_clock where process_instance_id = ? order by started_at, id")
        .param(processInstanceId).query(this::clock).list();
  }

  List<SlaClock> ofCase(String trackingNumber) {
    return jdbc.sql("select " + COLUMNS + " from sla_clock where tracking_number = ? order by started_at, id")
        .param(trackingNumber).query(this::clock).list();
  }

  /** Running clocks with a reminder or breach due at {@code now}, earliest first. */
  List<String> withEventDue(Instant now, int limit) {
    // A stream stops reading at the limit; closing it closes the result set.
    try (Stream<String> ids = jdbc.sql("select id from sla_clock where state = ? and ((reminder_sent = ?"
            + " and reminder_at <= ?) or (breach_sent = ? and due_at <= ?)) order by due_at")
        .params(SlaClock.State.RUNNING.name(), false, at(now), false, at(now))
        .query(String.class).stream()) {
      return ids.limit(limit).toList();
    }
  }

  /** Running clocks whose current segment spans part of [{@code from}, {@code to}). */
  List<SlaClock> runningAcross(Instant from, Instant to) {
    return jdbc.sql("select " + COLUMNS + " from sla_clock where state = ? and segment_start < ? and due_at >= ?")
        .params(SlaClock.State.RUNNING.name(), at(to), at(from))
        .query(this::clock).list();
  }

  List<SlaClock> runningOf(String opd) {
    return jdbc.sql("select " + COLUMNS + " from sla_clock where state = ? and opd = ?")
        .params(SlaClock.State.RUNNING.name(), opd)
        .query(this::clock).list();
  }

  void record(SlaClock clock, SlaEvent event, Instant at, String actor, Optional<Instant> dueAt, String detail) {
    jdbc.sql("insert into sla_clock_event (clock_id, event, occurred_at, tracking_number, process_instance_id, opd,"
            + " actor, due_at, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(clock.id(), event.name(), at(at), clock.trackingNumber().orElse(null), clock.processInstanceId(),
            clock.opd(), actor, at(dueAt), detail == null ? null : truncate(detail, 500))
        .update();
  }

  List<SlaClockEntry> events(String clockId) {
    return jdbc.sql("select event, occurred_at, actor, opd, tracking_number, due_at, detail from sla_clock_event"
            + " where clock_id = ? order by id")
        .param(clockId)
        .query((row, n) -> new SlaClockEntry(SlaEvent.valueOf(row.getString("event")),
            instant(row, "occurred_at").orElseThrow(), row.getString("actor"), row.getString("opd"),
            Optional.ofNullable(row.getString("tracking_number")), instant(row, "due_at"),
            Optional.ofNullable(row.getString("detail"))))
        .list();
  }

  private SlaClock clock(ResultSet row, int rowNumber) throws SQLException {
    return new SlaClock(row.getString("id"), row.getString("process_instance_id"), row.getString("process_key"),
        Optional.ofNullable(row.getString("tracking_number")), row.getString("clock_name"), row.getString("opd"),
        new WorkAmount(row.getInt("budget_amount"), WorkUnit.valueOf(row.getString("budget_unit"))),
        SlaClock.State.valueOf(row.getString("state")), instant(row, "started_at").orElseThrow(),
        instant(row, "segment_start").orElseThrow(),
        new WorkingTime(row.getInt("remaining_days"), Duration.ofSeconds(row.getLong("remaining_seconds"))),
        Duration.ofSeconds(row.getLong("consumed_seconds")), instant(row, "due_at"), instant(row, "reminder_at"),
        row.getBoolean("reminder_sent"), row.getBoolean("breach_sent"));
  }

  private static Optional<Instant> instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
  }

  private OffsetDateTime at(Instant instant) {
    return instant == null ? null : OffsetDateTime.ofInstant(instant, zone);
  }

  private OffsetDateTime at(Optional<Instant> instant) {
    return instant.map(this::at).orElse(null);
  }

  private static String truncate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length);
  }
}
