package id.alur.engine;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.HistoryLevel;
import org.springframework.stereotype.Component;

/**
 * Makes {@link AlurHistoryLevel} known to the engine, so that {@code camunda.bpm.history-level: alur} (the default,
 * application.yaml) names it; Camunda's own levels stay available.
 */
@Component
class AlurHistoryLevelPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<HistoryLevel> levels = configuration.getCustomHistoryLevels() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomHistoryLevels());
    levels.add(new AlurHistoryLevel());
    configuration.setCustomHistoryLevels(levels);
  }
}
