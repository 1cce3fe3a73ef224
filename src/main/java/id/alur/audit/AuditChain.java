package id.alur.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Walks the trail from its first row and checks each one: positions follow each other without a gap, each row
 * names the previous row's hash, and each row's hash is the hash of its content. Any change to a row made
 * behind the application's back (even by the table's owner with the trigger switched off) breaks one of these;
 * rows cut off the end are caught by the checkpoints ({@link AuditCheckpoints}).
 */
@Component
public class AuditChain {

  private static final int PAGE = 1000;

  private final JdbcClient jdbc;

  AuditChain(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public ChainVerification verify() {
    Map<Long, String> checkpoints = new HashMap<>();
    jdbc.sql("select row_count, last_hash from audit_checkpoint").query((row, number) ->
        checkpoints.put(row.getLong("row_count"), row.getString("last_hash"))).list();
    long checkpointed = checkpoints.keySet().stream().mapToLong(Long::longValue).max().orElse(0);
    long rows = 0;
    long expectedPosition = 1;
    String previousHash = ChainHash.GENESIS;
    while (true) {
      List<AuditEntry> page = jdbc.sql("select * from audit_event where position >= ? order by position"
              + " fetch first " + PAGE + " rows only")
          .param(expectedPosition).query(AuditChain::entry).list();
      for (AuditEntry entry : page) {
        if (entry.position() != expectedPosition) {
          return ChainVerification.broken(rows, expectedPosition, "row " + expectedPosition + " is missing");
        }
        if (!entry.previousHash().equals(previousHash)) {
          return ChainVerification.broken(rows, entry.position(), "does not link to the row before it");
        }
        if (!entry.hash().equals(entry.expectedHash())) {
          return ChainVerification.broken(rows, entry.position(), "its content does not match its hash");
        }
        String checkpoint = checkpoints.get(entry.position());
        if (checkpoint != null && !checkpoint.equals(entry.hash())) {
          return ChainVerification.broken(rows, entry.position(), "differs from the checkpoint taken of it");
        }
        rows++;
        expectedPosition++;
        previousHash = entry.hash();
      }
      if (page.size() < PAGE) {
        // Rows cut off the end leave an intact chain behind; the checkpoints remember how long it was.
        return rows < checkpointed
            ? ChainVerification.broken(rows, rows + 1, "rows up to " + checkpointed + " were checkpointed and are gone")
            : ChainVerification.intact(rows);
      }
    }
  }

  static AuditEntry entry(ResultSet row, int number) throws SQLException {
    return new AuditEntry(row.getLong("position"), row.getObject("occurred_at", OffsetDateTime.class).toInstant(),
        row.getString("actor"), row.getString("opd"), row.getString("case_number"), row.getString("action"),
        row.getString("details"), row.getString("previous_hash"), row.getString("hash"));
  }
}
