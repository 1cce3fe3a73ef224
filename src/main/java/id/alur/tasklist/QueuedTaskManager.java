package id.alur.tasklist;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.db.ListQueryParameterObject;
import org.camunda.bpm.engine.impl.persistence.entity.TaskManager;
import org.camunda.bpm.engine.task.Task;

/**
 * The engine's task manager, with the tasklist's candidate-group queries answered from the {@link TaskQueue} where it
 * can answer them exactly ({@link QueueableTaskQuery}); every other query runs the engine's own SQL, as before.
 * The engine checks the caller's rights first ({@code configureQuery}); the queue is asked only when no authorization
 * check is left to make.
 */
class QueuedTaskManager extends TaskManager {

  @Override
  @SuppressWarnings("unchecked")
  public List<Task> findTasksByQueryCriteria(TaskQueryImpl query) {
    configureQuery(query);
    Optional<QueueableTaskQuery> queueable = QueueableTaskQuery.of(query).filter(QueueableTaskQuery::pageable);
    if (queueable.isEmpty()) {
      return getDbEntityManager().selectList("selectTaskByQueryCriteria", query);
    }
    List<String> ids = read(connection -> TaskQueue.page(connection, queueable.get()));
    return ids.isEmpty() ? List.of() : byIdInOrder(ids);
  }

  @Override
  public long findTaskCountByQueryCriteria(TaskQueryImpl query) {
    configureQuery(query);
    Optional<QueueableTaskQuery> queueable = QueueableTaskQuery.of(query);
    if (queueable.isEmpty()) {
      return (Long) getDbEntityManager().selectOne("selectTaskCountByQueryCriteria", query);
    }
    return read(connection -> TaskQueue.count(connection, queueable.get().unpaged()));
  }

  /**
   * The tasks of these ids, through the engine's own result mapping and entity cache, in the order of the ids. The
   * page's query has made the caller's checks already.
   */
  @SuppressWarnings("unchecked")
  private List<Task> byIdInOrder(List<String> ids) {
    Map<String, Integer> position = ids.stream().collect(Collectors.toMap(Function.identity(), ids::indexOf));
    List<Task> tasks = getDbEntityManager().selectList(TaskQueuePlugin.TASKS_BY_IDS,
        new ListQueryParameterObject(ids.toArray(String[]::new), 0, Integer.MAX_VALUE));
    return tasks.stream().sorted(Comparator.comparing(task -> position.get(task.getId()))).toList();
  }

  private <T> T read(QueueRead<T> read) {
    try {
      return read.from(getDbSqlSession().getSqlSession().getConnection());
    } catch (SQLException e) {
      throw new ProcessEngineException("Reading the task queue failed", e);
    }
  }

  private interface QueueRead<T> {
    T from(Connection connection) throws SQLException;
  }
}
