package id.alur.audit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day, the chain's length and last hash are written outside the chain (table audit_checkpoint). An
 * auditor can copy them elsewhere; verification checks the chain against them, so that rows cut off the end
 * of the trail, which leave an intact chain behind, are found.
 */
@Component
public class AuditCheckpoints {

  private final JdbcClient jdbc;

  AuditCheckpoints(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Scheduled(cron = "${alur.audit.checkpoint-cron:0 5 0 * * *}", zone = "${alur.audit.zone:Asia/Jakarta}")
  public void daily() {
    take();
  }

  /** Records the chain's current length and last hash; empty when the trail has no row yet. */
  public Optional<Checkpoint> take() {
    Optional<Checkpoint> last = jdbc.sql("select position, hash from audit_event order by position desc"
        + " fetch first 1 rows only").query((row, number) -> new Checkpoint(ChainHash.toMicros(Instant.now()),
            row.getLong("position"), row.getString("hash"))).optional();
    last.ifPresent(checkpoint -> jdbc.sql("insert into audit_checkpoint (checkpoint_at, row_count, last_hash)"
            + " values (?, ?, ?)")
        .params(OffsetDateTime.ofInstant(checkpoint.at(), ZoneOffset.UTC), checkpoint.rows(), checkpoint.lastHash())
        .update());
    return last;
  }

  /** The chain at one moment: how many rows it had and the last row's hash. */
  public record Checkpoint(Instant at, long rows, String lastHash) {
  }
}
