package id.alur.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends events to the trail. The chain's head row is locked while events take their positions, so that
 * concurrent writers come one after the other and each links to the row before it: the chain never forks. An event
 * recorded inside a transaction (an engine command, an API call) is written by that transaction just before it
 * commits: it exists exactly when the change it records does, and the head row stays locked only for the commit,
 * not for the whole of the work (which would let only one task completion in the city run at a time). Its time is
 * the moment it was chained, so that positions and times rise together.
 */
@Component
public class AuditTrail {

  private static final int MAX_DETAILS = 8000;
  private static final ObjectMapper JSON = new ObjectMapper()
      .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

  private final JdbcClient jdbc;
  private final TransactionTemplate ownTransaction;

  AuditTrail(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactions);
  }

  /** Records the event with the current transaction's changes, or at once in a transaction of its own. */
  public void record(AuditEvent event) {
    Detailed detailed = new Detailed(event, details(event));
    if (!TransactionSynchronizationManager.isActualTransactionActive()) {
      chainAlone(detailed);
      return;
    }
    Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
    if (pending == null) {
      pending = new Pending();
      TransactionSynchronizationManager.bindResource(this, pending);
      TransactionSynchronizationManager.registerSynchronization(pending);
    }
    pending.events.add(detailed);
  }

  /** Records the event in a transaction of its own and answers its place in the chain. */
  AuditEntry recordAlone(AuditEvent event) {
    return chainAlone(new Detailed(event, details(event)));
  }

  private AuditEntry chainAlone(Detailed detailed) {
    return ownTransaction.execute(status -> chain(List.of(detailed)).get(0));
  }

  private List<AuditEntry> chain(List<Detailed> events) {
    Head head = jdbc.sql("select position, hash from audit_chain_head where id = 1 for update")
        .query(Head.class).single();
    long position = head.position();
    String previous = head.hash();
    Instant now = ChainHash.toMicros(Instant.now());
    List<AuditEntry> entries = new ArrayList<>();
    for (Detailed detailed : events) {
      AuditEvent event = detailed.event();
      position++;
      String hash = ChainHash.of(position, now, event.actor(), event.opd(), event.caseNumber(), event.action(),
          detailed.details(), previous);
      jdbc.sql("insert into audit_event (position, occurred_at, actor, opd, case_number, action, details,"
              + " previous_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
          .params(position, OffsetDateTime.ofInstant(now, ZoneOffset.UTC), event.actor(), event.opd(),
              event.caseNumber(), event.action(), detailed.details(), previous, hash)
          .update();
      entries.add(new AuditEntry(position, now, event.actor(), event.opd(), event.caseNumber(), event.action(),
          detailed.details(), previous, hash));
      previous = hash;
    }
    jdbc.sql("update audit_chain_head set position = ?, hash = ? where id = 1").params(position, previous).update();
    return entries;
  }

  private static String details(AuditEvent event) {
    try {
      String text = JSON.writeValueAsString(event.details());
      return text.length() <= MAX_DETAILS ? text : text.substring(0, MAX_DETAILS);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("Audit details are not plain data: " + event.details().keySet(), e);
    }
  }

  /** A transaction's events, chained in the order they were recorded just before it commits. */
  private final class Pending implements TransactionSynchronization {

    final List<Detailed> events = new ArrayList<>();

    @Override
    public void beforeCommit(boolean readOnly) {
      if (!events.isEmpty()) {
        chain(events);
        events.clear();
      }
    }

    @Override
    public void afterCompletion(int status) {
      TransactionSynchronizationManager.unbindResourceIfPossible(AuditTrail.this);
    }
  }

  private record Detailed(AuditEvent event, String details) {
  }

  private record Head(long position, String hash) {
  }
}
