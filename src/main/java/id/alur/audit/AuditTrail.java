package id.alur.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends events to the trail. A writer locks the chain's head row, so that concurrent writers take positions
 * one after the other and each links to the row before it: the chain never forks. The row is written in the
 * caller's transaction (an engine command, an API call): it exists exactly when the change it records does.
 */
@Component
public class AuditTrail {

  private static final int MAX_DETAILS = 8000;
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private final JdbcClient jdbc;

  AuditTrail(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.REQUIRED)
  public AuditEntry record(AuditEvent event) {
    Head head = jdbc.sql("select position, hash from audit_chain_head where id = 1 for update")
        .query(Head.class).single();
    long position = head.position() + 1;
    Instant now = ChainHash.toMicros(Instant.now());
    String details = details(event);
    String hash = ChainHash.of(position, now, event.actor(), event.opd(), event.caseNumber(), event.action(),
        details, head.hash());
    jdbc.sql("insert into audit_event (position, occurred_at, actor, opd, case_number, action, details,"
            + " previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(position, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), event.actor(), event.opd(),
            event.caseNumber(), event.action(), details, head.hash(), hash)
        .update();
    jdbc.sql("update audit_chain_head set position = ?, hash = ? where id = 1").params(position, hash).update();
    return new AuditEntry(position, now, event.actor(), event.opd(), event.caseNumber(), event.action(), details,
        head.hash(), hash);
  }

  private static String details(AuditEvent event) {
    try {
      String text = JSON.writeValueAsString(event.details());
      return text.length() <= MAX_DETAILS ? text : text.substring(0, MAX_DETAILS);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Audit details are not plain data: " + event.details().keySet(), e);
    }
  }

  private record Head(long position, String hash) {
  }
}
