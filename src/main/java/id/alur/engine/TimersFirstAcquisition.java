package id.alur.engine;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.sql.DbSqlSessionFactory;
import org.camunda.bpm.engine.impl.util.ProductPropertiesUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the job executor finds its due jobs through ordered index ranges instead of sorting the whole job
 * table for every acquisition ({@code id/alur/engine/job-acquisition-mapping.xml}, Liquibase
 * {@code engine-002-job-acquisition}): a deadline timer behind a queue of thousands of jobs fires sooner, and an idle
 * executor's look every second costs a fraction of a millisecond however many timers wait for their day. The answer
 * is the engine's own. Only for the order Alur configures (timers first, by due date, no priorities); with any other
 * setting, or on H2, the engine's statement runs. Only on the engine version the statement was compared with: another
 * version's job manager may pass criteria this statement does not know, so it gets the engine's statement (and
 * {@code JobAcquisitionIT} fails until the statement is compared again).
 */
@Component
class TimersFirstAcquisition extends AbstractProcessEnginePlugin {

  private static final String MAPPING = "/id/alur/engine/job-acquisition-mapping.xml";
  /** The engine's name for its acquisition statement, as its job manager asks for it. */
  static final String ENGINE_STATEMENT = "selectNextJobsToExecute";
  static final String STATEMENT = "id.alur.engine.JobAcquisition.selectNextJobsToExecuteTimersFirst";
  /** The engine version whose statement and job manager this one was compared with. */
  static final String CHECKED_WITH = "7.24.";
  private static final Logger LOG = LoggerFactory.getLogger(TimersFirstAcquisition.class);

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!"postgres".equals(configuration.getDatabaseType()) || !configuration.isJobExecutorPreferTimerJobs()
        || !configuration.isJobExecutorAcquireByDueDate() || configuration.isJobExecutorAcquireByPriority()) {
      return;
    }
    String version = ProductPropertiesUtil.getProductVersion();
    if (version == null || !version.startsWith(CHECKED_WITH)) {
      LOG.warn("Camunda {} is not the version the job acquisition statement was compared with ({}x): the engine's own"
          + " statement is used", version, CHECKED_WITH);
      return;
    }
    EngineMappings.add(configuration, MAPPING);
    DbSqlSessionFactory sessions = configuration.getDbSqlSessionFactory();
    // The engine's mappings for PostgreSQL are shared by every engine of the JVM: this engine gets its own copy.
    Map<String, String> mappings = sessions.getStatementMappings() == null
        ? new HashMap<>() : new HashMap<>(sessions.getStatementMappings());
    mappings.put(ENGINE_STATEMENT, STATEMENT);
    sessions.setStatementMappings(mappings);
  }
}
