package id.alur.sla;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Looks every {@code alur.sla.watch-interval} for clocks whose reminder or breach is due and delivers them,
 * one clock per transaction. Safe on several nodes: a delivery is claimed by an update that only one
 * transaction can win. A clock whose process fails on the message is tried again on the next pass (and
 * logged), like a failing job.
 */
@Component
public class SlaClockWatch {

  private static final Logger LOG = LoggerFactory.getLogger(SlaClockWatch.class);
  private static final int BATCH = 200;

  /** Deadlines this far past are forgotten: their timers have fired, their tasks show them as overdue. */
  private static final java.time.Duration FORGET_AFTER = java.time.Duration.ofDays(30);

  private final SlaClocks clocks;
  private final Deadlines deadlines;
  private final TransactionTemplate transaction;
  private final boolean scheduled;

  SlaClockWatch(SlaClocks clocks, Deadlines deadlines, PlatformTransactionManager transactionManager,
      @Value("${alur.sla.watch-enabled:true}") boolean scheduled) {
    this.clocks = clocks;
    this.deadlines = deadlines;
    this.transaction = new TransactionTemplate(transactionManager);
    this.scheduled = scheduled;
  }

  @Scheduled(fixedDelayString = "${alur.sla.watch-interval:PT30S}")
  void onSchedule() {
    // Off in tests that move the engine clock and deliver themselves, as the job executor is.
    if (scheduled) {
      deliverDue();
      transaction.executeWithoutResult(status -> deadlines.forgetBefore(SlaClocks.now().minus(FORGET_AFTER)));
    }
  }

  /** Delivers every reminder and breach due at the engine's current time. */
  public void deliverDue() {
    for (String clockId : clocks.withEventDue(BATCH)) {
      try {
        transaction.executeWithoutResult(status -> clocks.deliverDue(clockId));
      } catch (RuntimeException e) {
        LOG.error("SLA clock {}: delivering its reminder or breach failed, trying again next pass", clockId, e);
      }
    }
  }
}
