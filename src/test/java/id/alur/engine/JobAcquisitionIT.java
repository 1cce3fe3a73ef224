package id.alur.engine;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.PostgresIntegrationTest;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.persistence.entity.AcquirableJobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobManager;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The job executor's acquisition on PostgreSQL ({@link TimersFirstAcquisition}) picks the same jobs in the same order
 * as the engine's own statement: due timers first, soonest due first, then the other due jobs; never a job that is
 * suspended, out of retries, locked, not yet due, or exclusive beside a running job of its process instance. The jobs
 * are written, compared and rolled back in one transaction, which the running job executor never sees.
 */
class JobAcquisitionIT extends PostgresIntegrationTest {

  private static final String ENGINE_STATEMENT =
      "org.camunda.bpm.engine.impl.persistence.entity.JobEntity.selectNextJobsToExecute";
  private static final LocalDateTime NOW = LocalDateTime.of(2101, 1, 1, 8, 0);
  private static final String PREFIX = "acquisition-it-";

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired TransactionTemplate transactions;

  @Test
  void theEngineAsksForItsJobsThroughAlursStatement() {
    ProcessEngineConfigurationImpl configuration = configuration();
    assertThat(configuration.isJobExecutorPreferTimerJobs()).isTrue();
    assertThat(configuration.isJobExecutorAcquireByDueDate()).isTrue();
    assertThat(configuration.getDbSqlSessionFactory().mapStatement(TimersFirstAcquisition.ENGINE_STATEMENT))
        .isEqualTo(TimersFirstAcquisition.STATEMENT);
  }

  @Test
  void dueTimersComeFirstThenTheOtherDueJobsAsTheEngineOrdersThem() {
    inOneRolledBackTransaction(() -> {
      jdbc.update("delete from act_ru_job");
      timer("due-5h", NOW.minusHours(5));
      timer("due-4h-no-retries", NOW.minusHours(4), job -> job.retries(0));
      timer("due-3h-suspended", NOW.minusHours(3), job -> job.suspended());
      timer("due-2h-running", NOW.minusHours(2), job -> job.instance("busy").lockedUntil(NOW.plusMinutes(5)));
      timer("due-1h-beside-running", NOW.minusHours(1), job -> job.instance("busy"));
      timer("due-90m-non-exclusive-beside-running", NOW.minusMinutes(90), job -> job.instance("busy").nonExclusive());
      timer("due-30m-lock-expired", NOW.minusMinutes(30), job -> job.lockedUntil(NOW.minusMinutes(1)));
      timer("due-in-1h", NOW.plusHours(1));
      timer("due-in-2d", NOW.plusDays(2));
      timer("unset", null);
      timer("unset-beside-running", null, job -> job.instance("busy"));
      message("async-unset", null);
      message("async-due-6h", NOW.minusHours(6));
      message("async-retry-in-1h", NOW.plusHours(1));
      message("async-due-20m-no-retries", NOW.minusMinutes(20), job -> job.retries(0));
      message("async-due-10m-exclusive-unknown", NOW.minusMinutes(10), job -> job.exclusiveUnknown());
      job("ever-living", "cleanup-due-7h", NOW.minusHours(7), job -> job.handler("history-cleanup"));

      List<String> expected = List.of("due-5h", "due-90m-non-exclusive-beside-running", "due-30m-lock-expired",
          "unset", "async-due-6h", "async-unset", "cleanup-due-7h");
      assertThat(acquired(ENGINE_STATEMENT, NOW, 50)).as("the engine's own statement").isEqualTo(expected);
      for (int max = 1; max <= expected.size() + 1; max++) {
        assertThat(acquired(TimersFirstAcquisition.STATEMENT, NOW, max)).as("Alur's statement, %d jobs", max)
            .isEqualTo(expected.subList(0, Math.min(max, expected.size())));
      }
      // Earlier, one timer is due (a timer without a due date always is).
      LocalDateTime earlier = NOW.minusMinutes(270);
      assertThat(acquired(TimersFirstAcquisition.STATEMENT, earlier, 50))
          .isEqualTo(acquired(ENGINE_STATEMENT, earlier, 50))
          .containsExactly("due-5h", "unset", "async-due-6h", "async-unset", "cleanup-due-7h");
      // With no timer due by its date, the other jobs still come, and never a timer of the future.
      LocalDateTime early = NOW.minusHours(6);
      assertThat(acquired(TimersFirstAcquisition.STATEMENT, early, 50))
          .isEqualTo(acquired(ENGINE_STATEMENT, early, 50))
          .containsExactly("unset", "async-due-6h", "async-unset", "cleanup-due-7h");
    });
  }

  private List<String> acquired(String statement, LocalDateTime now, int max) {
    ProcessEngineConfigurationImpl configuration = configuration();
    // The parameters the engine's job manager passes for Alur's settings (JobManager.findNextJobsToExecute).
    Map<String, Object> parameters = new HashMap<>();
    parameters.put("now", Timestamp.valueOf(now));
    parameters.put("alwaysSetDueDate", configuration.isEnsureJobDueDateNotNull());
    parameters.put("deploymentAware", configuration.isJobExecutorDeploymentAware());
    parameters.put("historyCleanupEnabled", configuration.isHistoryCleanupEnabled());
    parameters.put("orderingProperties",
        List.of(JobManager.JOB_TYPE_ORDERING_PROPERTY, JobManager.JOB_DUEDATE_ORDERING_PROPERTY));
    parameters.put("applyOrdering", true);
    parameters.put("applyExclusiveOverProcessHierarchies",
        configuration.isJobExecutorAcquireExclusiveOverProcessHierarchies());
    ListQueryParameterObject query = new ListQueryParameterObject(parameters, 0, max);
    return configuration.getCommandExecutorTxRequired().execute(context -> {
      List<AcquirableJobEntity> jobs = context.getDbSqlSession().getSqlSession().selectList(statement, query);
      List<String> ids = new ArrayList<>();
      jobs.forEach(job -> ids.add(job.getId().substring(PREFIX.length())));
      return ids;
    });
  }

  private void timer(String name, LocalDateTime due) {
    timer(name, due, Function.identity());
  }

  private void timer(String name, LocalDateTime due, Function<Job, Job> shape) {
    job("timer", name, due, shape);
  }

  private void message(String name, LocalDateTime due) {
    message(name, due, Function.identity());
  }

  private void message(String name, LocalDateTime due, Function<Job, Job> shape) {
    job("message", name, due, shape);
  }

  private void job(String type, String name, LocalDateTime due, Function<Job, Job> shape) {
    Job job = shape.apply(new Job(3, 1, true, null, "instance-of-" + name, "test-handler"));
    jdbc.update("insert into act_ru_job (id_, rev_, type_, lock_exp_time_, lock_owner_, exclusive_,"
        + " process_instance_id_, retries_, duedate_, handler_type_, suspension_state_, priority_, sequence_counter_)"
        + " values (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 1)",
        PREFIX + name, type, job.lockedUntil == null ? null : Timestamp.valueOf(job.lockedUntil),
        job.lockedUntil == null ? null : "another-node", job.exclusive, PREFIX + job.instance, job.retries,
        due == null ? null : Timestamp.valueOf(due), job.handler, job.suspension);
  }

  /** A job's state beside its type and due date. */
  private record Job(int retries, int suspension, Boolean exclusive, LocalDateTime lockedUntil,
      String instance, String handler) {

    Job retries(int count) {
      return new Job(count, suspension, exclusive, lockedUntil, instance, handler);
    }

    Job suspended() {
      return new Job(retries, 2, exclusive, lockedUntil, instance, handler);
    }

    Job nonExclusive() {
      return new Job(retries, suspension, false, lockedUntil, instance, handler);
    }

    /** Not written by the engine, which always says: such a job is not taken. */
    Job exclusiveUnknown() {
      return new Job(retries, suspension, null, lockedUntil, instance, handler);
    }

    Job lockedUntil(LocalDateTime until) {
      return new Job(retries, suspension, exclusive, until, instance, handler);
    }

    Job instance(String id) {
      return new Job(retries, suspension, exclusive, lockedUntil, id, handler);
    }

    Job handler(String type) {
      return new Job(retries, suspension, exclusive, lockedUntil, instance, type);
    }
  }

  private void inOneRolledBackTransaction(Runnable work) {
    transactions.executeWithoutResult(status -> {
      status.setRollbackOnly();
      work.run();
    });
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
  }
}
