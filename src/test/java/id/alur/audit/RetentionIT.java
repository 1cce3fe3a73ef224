package id.alur.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.PostgresIntegrationTest;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** History is cleaned up at night, by each process's time to live; the audit trail is kept. */
class RetentionIT extends PostgresIntegrationTest {

  @Autowired HistoryService history;
  @Autowired ManagementService management;
  @Autowired AuditTrail trail;
  @Autowired AuditChain chain;
  @Autowired JdbcClient jdbc;

  @Test
  @DisplayName("the history cleanup is scheduled in the night window (22:00-05:00, server time)")
  void cleanupRunsAtNight() {
    List<Job> jobs = history.findHistoryCleanupJobs();
    assertThat(jobs).isNotEmpty();
    for (Job job : jobs) {
      LocalTime due = job.getDuedate().toInstant().atZone(ZoneId.systemDefault()).toLocalTime();
      assertThat(due.isAfter(LocalTime.of(21, 59)) || due.isBefore(LocalTime.of(5, 0)))
          .as("cleanup due at %s", due).isTrue();
    }
  }

  @Test
  @DisplayName("running the history cleanup leaves the audit trail whole")
  void cleanupKeepsTheTrail() {
    trail.record(new AuditEvent("system", null, null, "TEST_EVENT", Map.of("about", "retention")));
    long rows = jdbc.sql("select count(*) from audit_event").query(Long.class).single();

    String jobId = history.cleanUpHistoryAsync(true).getId();
    try {
      management.executeJob(jobId);
    } catch (OptimisticLockingException e) {
      // The job executor ran the same cleanup at that moment: it ran.
    }

    assertThat(jdbc.sql("select count(*) from audit_event").query(Long.class).single()).isGreaterThanOrEqualTo(rows);
    assertThat(chain.verify().valid()).isTrue();
  }
}
