package id.alur.sla;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Counts clock events as {@code alur.sla.events{event, process, opd}} (Prometheus:
 * {@code alur_sla_events_total}), once the transaction that recorded them has committed.
 */
@Component
class SlaMetrics {

  static final String METER = "alur.sla.events";

  private final MeterRegistry registry;

  SlaMetrics(MeterRegistry registry) {
    this.registry = registry;
  }

  void count(SlaEvent event, String processKey, String opd) {
    Counter counter = Counter.builder(METER)
        .description("SLA clock events by process and OPD")
        .tag("event", event.name().toLowerCase(java.util.Locale.ROOT))
        .tag("process", processKey)
        .tag("opd", opd)
        .register(registry);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
        @Override
        public void afterCommit() {
          counter.increment();
        }
      });
    } else {
      counter.increment();
    }
  }
}
