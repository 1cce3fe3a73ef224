package id.alur.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * The chain's hash function. Each field is written with its length before it, so that no two different rows
 * hash the same text ("ab"+"c" is not "a"+"bc"); times are hashed in microseconds, as the database keeps them.
 */
final class ChainHash {

  static final String GENESIS = "0".repeat(64);

  private ChainHash() {
  }

  static String of(long position, Instant occurredAt, String actor, String opd, String caseNumber, String action,
      String details, String previousHash) {
    StringBuilder text = new StringBuilder();
    for (String field : new String[] {Long.toString(position), Long.toString(micros(occurredAt)), actor, opd,
        caseNumber, action, details, previousHash}) {
      String value = field == null ? "" : field;
      text.append(field == null ? -1 : value.length()).append(':').append(value).append('|');
    }
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  static long micros(Instant instant) {
    return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
  }

  static Instant toMicros(Instant instant) {
    return Instant.ofEpochSecond(instant.getEpochSecond(), instant.getNano() / 1_000 * 1_000L);
  }
}
