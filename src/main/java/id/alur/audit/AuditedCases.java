package id.alur.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * What an auditor reads about cases: the cases a search finds (with their process, taken from the engine's
 * history, and whether an SLA clock was breached), and a case's timeline from the audit trail, each step with
 * how long it lasted until the next one, and its SLA clocks. Read-only.
 */
@Component
class AuditedCases {

  static final int MAX_ROWS = 1000;

  private final JdbcClient jdbc;
  private final ZoneId zone;

  AuditedCases(JdbcClient jdbc, @Value("${alur.cases.zone:Asia/Jakarta}") ZoneId zone) {
    this.jdbc = jdbc;
    this.zone = zone;
  }

  /** A case as the search lists it. */
  record CaseRow(String trackingNumber, @Nullable String process, @Nullable String processInstanceId, String opd,
      String status, Instant createdAt, Instant updatedAt, boolean slaBreached) {
  }

  /** One step of a case's timeline: who, in which OPD, what, when, and how long until the next step. */
  record Step(long position, Instant at, String actor, @Nullable String opd, String action, String details,
      @Nullable Long secondsUntilNext, String hash) {
  }

  /** A case's SLA clock as recorded. */
  record Clock(String name, String opd, String state, String budget, Instant startedAt, @Nullable Instant dueAt,
      @Nullable Instant stoppedAt, boolean breached) {
  }

  /** A page of the cases the search finds, newest first; {@code limit} at most {@link #MAX_ROWS} + 1. */
  List<CaseRow> search(CaseSearch search, int limit, int offset) {
    List<Object> params = new ArrayList<>();
    String sql = """
        select c.tracking_number, p.proc_def_key_ as process, c.process_instance_id, c.owning_opd, c.status,
               c.created_at, c.updated_at,
               exists (select 1 from sla_clock s where s.tracking_number = c.tracking_number and s.breach_sent)
                 as sla_breached
        """ + from(search, params) + " order by c.created_at desc, c.tracking_number limit ? offset ?";
    params.add(Math.min(limit, MAX_ROWS + 1));
    params.add(offset);
    return jdbc.sql(sql).params(params).query(AuditedCases::caseRow).list();
  }

  /** How many cases the search finds in all. */
  long count(CaseSearch search) {
    List<Object> params = new ArrayList<>();
    return jdbc.sql("select count(*) " + from(search, params)).params(params).query(Long.class).single();
  }

  private String from(CaseSearch search, List<Object> params) {
    StringBuilder sql = new StringBuilder("""
        from case_file c left join act_hi_procinst p on p.id_ = c.process_instance_id
        where 1 = 1""");
    condition(sql, params, " and c.tracking_number = ?", search.trackingNumber());
    condition(sql, params, " and p.proc_def_key_ = ?", search.process());
    condition(sql, params, " and c.owning_opd = ?", search.opd());
    condition(sql, params, " and c.status = ?", search.status() == null ? null : search.status().name());
    condition(sql, params, " and c.created_at >= ?", search.from() == null ? null
        : search.from().atStartOfDay(zone).toOffsetDateTime());
    condition(sql, params, " and c.created_at < ?", search.to() == null ? null
        : search.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    if (search.slaBreached()) {
      sql.append(" and exists (select 1 from sla_clock s where s.tracking_number = c.tracking_number"
          + " and s.breach_sent)");
    }
    return sql.toString();
  }

  Optional<CaseRow> find(String trackingNumber) {
    return search(new CaseSearch(trackingNumber, null, null, null, null, null, false), 1, 0).stream().findFirst();
  }

  List<Step> timeline(String trackingNumber) {
    List<AuditEntry> entries = jdbc.sql("select * from audit_event where case_number = ? order by position")
        .param(trackingNumber).query(AuditChain::entry).list();
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      AuditEntry entry = entries.get(i);
      Long until = i + 1 < entries.size()
          ? Duration.between(entry.occurredAt(), entries.get(i + 1).occurredAt()).toSeconds() : null;
      steps.add(new Step(entry.position(), entry.occurredAt(), entry.actor(), entry.opd(), entry.action(),
          entry.details(), until, entry.hash()));
    }
    return steps;
  }

  List<Clock> clocks(String trackingNumber) {
    return jdbc.sql("select clock_name, opd, state, budget_amount, budget_unit, started_at, due_at, stopped_at,"
            + " breach_sent from sla_clock where tracking_number = ? order by started_at")
        .param(trackingNumber)
        .query((row, number) -> new Clock(row.getString("clock_name"), row.getString("opd"), row.getString("state"),
            row.getInt("budget_amount") + row.getString("budget_unit"), instant(row, "started_at"),
            instant(row, "due_at"), instant(row, "stopped_at"), row.getBoolean("breach_sent")))
        .list();
  }

  private static void condition(StringBuilder sql, List<Object> params, String clause, @Nullable Object value) {
    if (value != null) {
      sql.append(clause);
      params.add(value);
    }
  }

  private static CaseRow caseRow(ResultSet row, int number) throws SQLException {
    return new CaseRow(row.getString("tracking_number"), row.getString("process"),
        row.getString("process_instance_id"), row.getString("owning_opd"),
        row.getString("status"), instant(row, "created_at"), instant(row, "updated_at"),
        row.getBoolean("sla_breached"));
  }

  private static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
