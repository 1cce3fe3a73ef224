package id.alur.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.Direction;
import org.camunda.bpm.engine.impl.QueryOrderingProperty;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.TaskQueryProperty;
import org.camunda.bpm.engine.impl.db.TenantCheck;
import org.camunda.bpm.engine.impl.json.JsonTaskQueryConverter;
import org.springframework.lang.Nullable;

/**
 * A task query the {@link TaskQueue} answers exactly as the engine would: the candidate tasks of some groups (open
 * only, or with the assigned ones too), optionally of some processes and in one suspension state, sorted by due date
 * first. Recognised from the query's own JSON form (what the engine stores for a filter): any criterion besides these
 * makes it a query for the engine, and so does an authorization check the engine would still have to make.
 *
 * @param processKeys the process keys asked for, or null for any (an empty list matches nothing)
 * @param suspensionState the suspension state asked for, or null for any
 * @param tenants null without a tenant check; otherwise tasks without a tenant or of these tenants
 */
record QueueableTaskQuery(List<String> groups, boolean unassignedOnly, @Nullable List<String> processKeys,
    @Nullable Integer suspensionState, @Nullable List<String> tenants, List<Sort> sorting, int firstResult,
    int maxResults) {

  /** One key of the order: a column of the queue, ascending or descending. */
  record Sort(String column, boolean descending) {
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  private static final Set<String> CRITERIA = Set.of(JsonTaskQueryConverter.CANDIDATE_GROUP,
      JsonTaskQueryConverter.CANDIDATE_GROUPS, JsonTaskQueryConverter.UNASSIGNED,
      JsonTaskQueryConverter.INCLUDE_ASSIGNED_TASKS, JsonTaskQueryConverter.PROCESS_DEFINITION_KEY,
      JsonTaskQueryConverter.PROCESS_DEFINITION_KEYS, JsonTaskQueryConverter.ACTIVE, JsonTaskQueryConverter.SUSPENDED,
      JsonTaskQueryConverter.ORDERING_PROPERTIES,
      // A filter's expressions, already evaluated into the criteria above.
      JsonTaskQueryConverter.CANDIDATE_GROUP + "Expression", JsonTaskQueryConverter.CANDIDATE_GROUPS + "Expression");

  /** Lists the engine's SQL ignores when they are empty (it tests each for a length above zero). */
  private static final Set<String> EMPTY_MEANS_ANY = Set.of(JsonTaskQueryConverter.TASK_ID_IN,
      JsonTaskQueryConverter.ASSIGNEE_IN, JsonTaskQueryConverter.ASSIGNEE_NOT_IN,
      JsonTaskQueryConverter.PROCESS_INSTANCE_ID_IN, JsonTaskQueryConverter.PROCESS_INSTANCE_BUSINESS_KEYS,
      JsonTaskQueryConverter.KEYS, JsonTaskQueryConverter.KEY_NOT_IN, JsonTaskQueryConverter.PROCESS_DEFINITION_KEYS,
      JsonTaskQueryConverter.ACTIVITY_INSTANCE_ID_IN, JsonTaskQueryConverter.TENANT_IDS);

  /** The query as the queue answers it, or empty when only the engine can. */
  static Optional<QueueableTaskQuery> of(TaskQueryImpl query) {
    if (query.getQueries().size() != 1 || query.getAuthCheck().isAuthorizationCheckEnabled()
        || query.getCandidateUser() != null || query.getCandidateGroupLike() != null) {
      return Optional.empty();
    }
    Set<String> criteria = criteria(new JsonTaskQueryConverter().toJsonObject(query).toString());
    List<String> groups = query.getCandidateGroups();
    List<Sort> sorting = sorting(query.getOrderingProperties());
    if (!CRITERIA.containsAll(criteria) || groups == null || groups.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new QueueableTaskQuery(List.copyOf(new LinkedHashSet<>(groups)),
        query.isUnassigned() || !query.isIncludeAssignedTasks(), processKeys(query),
        query.getSuspensionState() == null ? null : query.getSuspensionState().getStateCode(), tenants(query),
        sorting, query.getFirstResult(), query.getMaxResults()));
  }

  /** The names of the query's criteria, without the lists that ask for nothing. */
  private static Set<String> criteria(String json) {
    Set<String> criteria = new HashSet<>();
    try {
      JSON.readTree(json).fields().forEachRemaining(entry -> {
        JsonNode value = entry.getValue();
        if (!(EMPTY_MEANS_ANY.contains(entry.getKey()) && value.isArray() && value.isEmpty())) {
          criteria.add(entry.getKey());
        }
      });
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("The engine wrote a task query it cannot read: " + json, e);
    }
    return criteria;
  }

  /** Whether the queue can give a page of the query: only in an order that starts with the due date. */
  boolean pageable() {
    return !sorting.isEmpty();
  }

  /** The same query without paging, as a count asks it. */
  QueueableTaskQuery unpaged() {
    return new QueueableTaskQuery(groups, unassignedOnly, processKeys, suspensionState, tenants, sorting, 0,
        Integer.MAX_VALUE);
  }

  /**
   * Due date first, then due date or creation time, in either direction; the queue's index serves the first key and
   * the engine's own order of equal keys is undefined, so the task id breaks ties. Empty for any other order (a count
   * has no use for the order: the queue counts whatever it is).
   */
  private static List<Sort> sorting(@Nullable List<QueryOrderingProperty> ordering) {
    List<Sort> sorting = new ArrayList<>();
    if (ordering == null) {
      return sorting;
    }
    for (QueryOrderingProperty property : ordering) {
      String column = property.getRelation() != null ? null
          : TaskQueryProperty.DUE_DATE.equals(property.getQueryProperty()) ? "due_date"
          : TaskQueryProperty.CREATE_TIME.equals(property.getQueryProperty()) ? "create_time" : null;
      if (column == null || (sorting.isEmpty() && !"due_date".equals(column))) {
        return List.of();
      }
      boolean descending = Direction.DESCENDING.equals(property.getDirection());
      if (sorting.stream().noneMatch(sort -> sort.column().equals(column))) {
        sorting.add(new Sort(column, descending));
      }
    }
    return sorting;
  }

  @Nullable
  private static List<String> processKeys(TaskQueryImpl query) {
    List<String> keys = query.getProcessDefinitionKeys() == null || query.getProcessDefinitionKeys().length == 0 ? null
        : new ArrayList<>(List.of(query.getProcessDefinitionKeys()));
    String key = query.getProcessDefinitionKey();
    if (key == null) {
      return keys;
    }
    return keys == null || keys.contains(key) ? List.of(key) : List.of();
  }

  @Nullable
  private static List<String> tenants(TaskQueryImpl query) {
    TenantCheck check = query.getTenantCheck();
    if (!check.isTenantCheckEnabled()) {
      return null;
    }
    return check.getAuthTenantIds() == null ? List.of() : List.copyOf(check.getAuthTenantIds());
  }
}
