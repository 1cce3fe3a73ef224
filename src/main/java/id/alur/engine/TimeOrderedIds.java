package id.alur.engine;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.impl.cfg.IdGenerator;
import org.springframework.stereotype.Component;

/**
 * The engine's ids, in the shape of a UUID but in the order they are made: 48 bits of the time in milliseconds, 16
 * bits of a counter within the millisecond, then 64 random bits drawn once per process (so two nodes, or two runs of
 * one node, never make the same id). The Spring Boot starter's random-looking time UUIDs put every new row of every
 * engine table, and of every index on an id, on a page of its own, anywhere in the index: at a city's size that
 * is a full page image in the WAL for nearly each insert after a checkpoint, and a buffer cache that holds nothing
 * for long. Ids that rise with time are written at the right edge of each index, next to the ones before them.
 * Existing ids of either shape stay valid: ids are only ever compared for equality.
 */
@Component
public class TimeOrderedIds implements IdGenerator {

  private static final HexFormat HEX = HexFormat.of();

  private final AtomicLong last = new AtomicLong();
  private final String node;

  public TimeOrderedIds() {
    byte[] random = new byte[8];
    new SecureRandom().nextBytes(random);
    String hex = HEX.formatHex(random);
    node = hex.substring(0, 4) + "-" + hex.substring(4);
  }

  @Override
  public String getNextId() {
    long now = System.currentTimeMillis() << 16;
    // Rises strictly: a later millisecond starts at its own first value; within one (or if the clock steps back) the
    // counter goes on from the last id.
    long value = last.updateAndGet(previous -> Math.max(previous + 1, now));
    // Not String.format: the engine makes several ids for each step of a case, and a Formatter costs more than the rest.
    String hex = HEX.toHexDigits(value);
    return new StringBuilder(36).append(hex, 0, 8).append('-').append(hex, 8, 12).append('-').append(hex, 12, 16)
        .append('-').append(node).toString();
  }
}
