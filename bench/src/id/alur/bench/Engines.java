package id.alur.bench;

import id.alur.engine.AlurHistoryLevel;
import id.alur.engine.TimeOrderedIds;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;

/** The engines this harness builds itself, through Camunda's own Java API. */
final class Engines {

  private Engines() {
  }

  /**
   * The bare engine: Camunda 7.24 with its defaults, history full, its own schema, on a database of its own. This is
   * what a team gets when it embeds the engine and does nothing else.
   */
  static ProcessEngine bare(Postgres postgres, String database) {
    return bare(postgres, database, false);
  }

  /** The bare engine as above, with its own job executor running, as it ships (3 threads, 3 jobs an acquisition). */
  static ProcessEngine bareWithJobExecutor(Postgres postgres, String database) {
    return bare(postgres, database, true);
  }

  private static ProcessEngine bare(Postgres postgres, String database, boolean jobExecutor) {
    StandaloneProcessEngineConfiguration configuration = base(postgres, database, "bare");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE);
    configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
    configuration.setJobExecutorActivate(jobExecutor);
    return configuration.buildProcessEngine();
  }

  /**
   * An engine on Alur's database that writes what Alur's engine would (its ids, history level, removal times and
   * the authorizations of candidate groups), with no job executor: it fills the database and creates jobs that
   * Alur's job executor then runs.
   */
  static ProcessEngine onAlur(Postgres postgres, String database, String history, String removalTimeStrategy) {
    StandaloneProcessEngineConfiguration configuration = base(postgres, database, "filler");
    configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
    configuration.setCustomHistoryLevels(List.of(new AlurHistoryLevel()));
    configuration.setHistory(history);
    configuration.setHistoryRemovalTimeStrategy(removalTimeStrategy);
    configuration.setIdGenerator(new TimeOrderedIds());
    configuration.setAuthorizationEnabled(true);
    configuration.setDefaultUserPermissionNameForTask("TASK_WORK");
    configuration.setEnableHistoricInstancePermissions(true);
    configuration.setJavaSerializationFormatEnabled(false);
    configuration.setMetricsEnabled(false);
    configuration.setJdbcMaxActiveConnections(4);
    return configuration.buildProcessEngine();
  }

  private static StandaloneProcessEngineConfiguration base(Postgres postgres, String database, String name) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcDriver("org.postgresql.Driver");
    configuration.setJdbcUrl(postgres.url(database));
    configuration.setJdbcUsername(postgres.user);
    configuration.setJdbcPassword(postgres.password);
    configuration.setJobExecutorActivate(false);
    return configuration;
  }
}
