package id.alur.handoff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The {@code handoff} table. */
@Component
class HandoffTable {

  private final JdbcClient jdbc;
  private final ZoneId zone;

  HandoffTable(JdbcClient jdbc, @Value("${alur.cases.zone}") ZoneId zone) {
    this.jdbc = jdbc;
    this.zone = zone;
  }

  void insert(Handoff handoff) {
    jdbc.sql("""
            insert into handoff (id, tracking_number, process_instance_id, kind, from_opd, target, reason, legal_basis,
                                 move_number, state, requested_by, requested_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(handoff.id(), handoff.trackingNumber(), handoff.processInstanceId(), handoff.kind().name(),
            handoff.fromOpd(), handoff.target(), handoff.reason(), handoff.legalBasis().orElse(null),
            handoff.moveNumber(), handoff.state().name(), handoff.requestedBy(), handoff.requestedAt())
        .update();
  }

  /** Records the target's, Sekda's or the agency's answer. */
  void answer(String id, Handoff.State state, boolean returned, String by, OffsetDateTime at, String answer,
      Optional<String> finalOwner) {
    jdbc.sql("""
            update handoff set state = ?, returned = returned or ?, answered_by = ?, answered_at = ?, answer = ?,
                               final_owner = ?
            where id = ?""")
        .params(state.name(), returned, by, at, answer, finalOwner.orElse(null), id)
        .update();
  }

  void letter(String id, String letterNumber, String documentId) {
    jdbc.sql("update handoff set letter_number = ?, letter_document_id = ? where id = ?")
        .params(letterNumber, documentId, id)
        .update();
  }

  void reminded(String id) {
    jdbc.sql("update handoff set reminders = reminders + 1 where id = ?").param(id).update();
  }

  Optional<Handoff> find(String id) {
    return jdbc.sql("select * from handoff where id = ?").param(id).query(this::toHandoff).optional();
  }

  List<Handoff> ofCase(String trackingNumber) {
    return jdbc.sql("select * from handoff where tracking_number = ? order by requested_at, move_number, id")
        .param(trackingNumber)
        .query(this::toHandoff)
        .list();
  }

  /** The case's internal hand-offs plus its returns: what "a third time" counts. */
  int moves(String trackingNumber) {
    return jdbc.sql("""
            select count(*) + coalesce(sum(case when returned then 1 else 0 end), 0)
            from handoff where tracking_number = ? and kind = 'INTERNAL'""")
        .param(trackingNumber)
        .query(Integer.class)
        .single();
  }

  private Handoff toHandoff(ResultSet row, int rowNumber) throws SQLException {
    return new Handoff(row.getString("id"), row.getString("tracking_number"), row.getString("process_instance_id"),
        Handoff.Kind.valueOf(row.getString("kind")), row.getString("from_opd"), row.getString("target"),
        row.getString("reason"), Optional.ofNullable(row.getString("legal_basis")), row.getInt("move_number"),
        Handoff.State.valueOf(row.getString("state")), row.getString("requested_by"), time(row, "requested_at"),
        Optional.ofNullable(row.getString("answered_by")), Optional.ofNullable(time(row, "answered_at")),
        Optional.ofNullable(row.getString("answer")), Optional.ofNullable(row.getString("final_owner")),
        Optional.ofNullable(row.getString("letter_number")), Optional.ofNullable(row.getString("letter_document_id")),
        row.getInt("reminders"));
  }

  private OffsetDateTime time(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.atZoneSameInstant(zone).toOffsetDateTime();
  }
}
