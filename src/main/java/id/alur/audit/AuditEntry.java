package id.alur.audit;

import java.time.Instant;
import org.springframework.lang.Nullable;

/** One row of the trail, as stored: its place in the chain, the event, and the hashes that chain it. */
public record AuditEntry(long position, Instant occurredAt, String actor, @Nullable String opd,
    @Nullable String caseNumber, String action, String details, String previousHash, String hash) {

  /** The hash a row must carry: SHA-256 over its position, content and the previous row's hash. */
  String expectedHash() {
    return ChainHash.of(position, occurredAt, actor, opd, caseNumber, action, details, previousHash);
  }
}
