package id.alur.tasklist;

import id.alur.engine.EngineMappings;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, lets the {@link TaskQueue} answer the tasklist's candidate-group queries ({@link QueuedTaskManager}).
 * {@code alur.tasklist.task-queue: false} turns it off: the engine then answers every task query itself, slower at a
 * city's size but with the same answers. On H2 the queue does not exist.
 */
@Component
class TaskQueuePlugin extends AbstractProcessEnginePlugin {

  /** The statements the queue adds to the engine's MyBatis mapping. */
  private static final String MAPPING = "/id/alur/tasklist/task-queue-mapping.xml";
  /** The mapping's one statement, by its full name (namespace and id): the tasks of an array of ids. */
  static final String TASKS_BY_IDS = "id.alur.tasklist.TaskQueue.selectTasksByIds";

  private final boolean enabled;

  TaskQueuePlugin(@Value("${alur.tasklist.task-queue:true}") boolean enabled) {
    this.enabled = enabled;
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!enabled || !"postgres".equals(configuration.getDatabaseType())) {
      return;
    }
    EngineMappings.add(configuration, MAPPING);
    configuration.getSessionFactories().put(TaskManager.class, new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return TaskManager.class;
      }

      @Override
      public Session openSession() {
        return new QueuedTaskManager();
      }
    });
  }
}
