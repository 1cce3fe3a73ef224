package id.alur.tasklist;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Reads a {@link QueueableTaskQuery} from {@code alur_task_queue} (PostgreSQL only; kept by the triggers of Liquibase
 * {@code tasklist-001}): the ids of a page of tasks in the query's order, or their count. A group's first page is the
 * first rows of its part of one index, however many tasks the group has; several groups are read each on its own and
 * merged. The count reads the group's index entries only, and counts a task with several of the asked groups once.
 */
final class TaskQueue {

  /** Queries answered from the queue since the start, so that a test can tell the queue answered. */
  static final LongAdder ANSWERED = new LongAdder();

  private TaskQueue() {
  }

  /** The ids of the query's page of tasks, in its order. */
  static List<String> page(Connection connection, QueueableTaskQuery query) throws SQLException {
    if (query.maxResults() <= 0 || matchesNothing(query)) {
      return List.of();
    }
    long window = Math.min((long) query.firstResult() + query.maxResults(), Integer.MAX_VALUE);
    String order = query.sorting().stream()
        .map(sort -> sort.column() + (sort.descending() ? " desc" : " asc")).collect(Collectors.joining(", "))
        + ", task_id";
    List<Object> parameters = new ArrayList<>();
    StringBuilder sql = new StringBuilder();
    if (query.groups().size() == 1) {
      sql.append("select task_id from alur_task_queue where group_id = ?").append(conditions(query))
          .append(" order by ").append(order).append(" limit ? offset ?");
      parameters.add(query.groups().get(0));
      addConditionParameters(query, parameters);
    } else {
      // One ordered, limited read of the index per group; a task of two groups appears in both with the same keys.
      sql.append("select distinct task_id, due_date, create_time from (");
      for (int i = 0; i < query.groups().size(); i++) {
        sql.append(i == 0 ? "" : " union all ").append("(select task_id, due_date, create_time from alur_task_queue"
            + " where group_id = ?").append(conditions(query)).append(" order by ").append(order)
            .append(" limit ").append(window).append(")");
        parameters.add(query.groups().get(i));
        addConditionParameters(query, parameters);
      }
      sql.append(") merged order by ").append(order).append(" limit ? offset ?");
    }
    parameters.add(query.maxResults());
    parameters.add(query.firstResult());
    List<String> ids = new ArrayList<>();
    try (PreparedStatement statement = prepare(connection, sql.toString(), parameters);
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        ids.add(rows.getString(1));
      }
    }
    ANSWERED.increment();
    return ids;
  }

  /** How many tasks the query matches. */
  static long count(Connection connection, QueueableTaskQuery query) throws SQLException {
    if (matchesNothing(query)) {
      return 0;
    }
    List<Object> parameters = new ArrayList<>();
    String sql;
    if (query.groups().size() == 1) {
      sql = "select count(*) from alur_task_queue where group_id = ?" + conditions(query);
      parameters.add(query.groups().get(0));
      addConditionParameters(query, parameters);
    } else {
      // Only a task with several candidate groups (shared) can be counted twice: those few are counted by id.
      sql = "select (select count(*) from alur_task_queue where group_id = any(?) and not shared"
          + conditions(query) + ") + (select count(distinct task_id) from alur_task_queue"
          + " where group_id = any(?) and shared" + conditions(query) + ")";
      parameters.add(query.groups());
      addConditionParameters(query, parameters);
      parameters.add(query.groups());
      addConditionParameters(query, parameters);
    }
    try (PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      ANSWERED.increment();
      return rows.getLong(1);
    }
  }

  private static boolean matchesNothing(QueueableTaskQuery query) {
    return query.processKeys() != null && query.processKeys().isEmpty();
  }

  /** The query's conditions besides the group, as the engine's SQL states them. */
  private static String conditions(QueueableTaskQuery query) {
    StringBuilder sql = new StringBuilder();
    if (query.unassignedOnly()) {
      sql.append(" and unassigned");
    }
    if (query.processKeys() != null) {
      sql.append(" and proc_def_key = any(?)");
    }
    if (query.suspensionState() != null) {
      sql.append(" and suspension_state = ?");
    }
    if (query.tenants() != null) {
      sql.append(query.tenants().isEmpty() ? " and tenant_id is null" : " and (tenant_id is null or tenant_id = any(?))");
    }
    return sql.toString();
  }

  private static void addConditionParameters(QueueableTaskQuery query, List<Object> parameters) {
    if (query.processKeys() != null) {
      parameters.add(query.processKeys());
    }
    if (query.suspensionState() != null) {
      parameters.add(query.suspensionState());
    }
    if (query.tenants() != null && !query.tenants().isEmpty()) {
      parameters.add(query.tenants());
    }
  }

  private static PreparedStatement prepare(Connection connection, String sql, List<Object> parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      for (int i = 0; i < parameters.size(); i++) {
        Object parameter = parameters.get(i);
        if (parameter instanceof List<?> list) {
          Array array = connection.createArrayOf("varchar", list.toArray());
          statement.setArray(i + 1, array);
        } else {
          statement.setObject(i + 1, parameter);
        }
      }
      return statement;
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
  }
}
