package id.alur.tasklist;

import id.alur.cases.TrackingNumber;
import id.alur.identity.OpdDirectory;
import id.alur.identity.StaffGroups;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Creates the {@link SharedFilter}s when the application starts, or brings them up to date: their names,
 * queries and columns come from here, so a change in code reaches every Tasklist at the next start. Every
 * member of staff may read the general filters; the heads' filter is granted to each OPD's head group.
 * A filter is recognised by its {@code alurFilter} property, never by its (translatable) name.
 */
@Component
class TasklistFilters implements SmartInitializingSingleton {

  static final String MARKER = "alurFilter";
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");
  private static final Logger LOG = LoggerFactory.getLogger(TasklistFilters.class);

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;
  private final OpdDirectory opds;
  private final MessageSource messages;

  TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations, OpdDirectory opds,
      MessageSource messages) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
    this.opds = opds;
    this.messages = messages;
  }

  @Override
  public void afterSingletonsInstantiated() {
    for (SharedFilter shared : SharedFilter.values()) {
      Filter filter = existing(shared).orElseGet(filters::newTaskFilter);
      filter.setName(text(shared.messageKey() + ".name"));
      filter.setQuery(shared.orderedQuery(tasks));
      filter.setProperties(properties(shared));
      filters.saveFilter(filter);
      grantRead(filter.getId(), readers(shared));
    }
    LOG.info("Tasklist filters ready: {}", List.of(SharedFilter.values()));
  }

  private Optional<Filter> existing(SharedFilter shared) {
    return filters.createTaskFilterQuery().list().stream()
        .filter(filter -> filter.getProperties() != null
            && shared.name().equals(filter.getProperties().get(MARKER)))
        .findFirst();
  }

  private Map<String, Object> properties(SharedFilter shared) {
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put(MARKER, shared.name());
    properties.put("description", text(shared.messageKey() + ".description"));
    properties.put("priority", shared.priority());
    properties.put("refresh", true);
    properties.put("showUndefinedVariable", false);
    properties.put("variables", List.of(Map.of("name", TrackingNumber.VARIABLE,
        "label", text("tasklist.variable." + TrackingNumber.VARIABLE))));
    return properties;
  }

  /** Group ids allowed to read the filter; {@code *} is everybody. */
  private List<String> readers(SharedFilter shared) {
    if (!shared.forHeads()) {
      return List.of(Authorization.ANY);
    }
    List<String> heads = new ArrayList<>();
    opds.all().forEach(opd -> heads.add(StaffGroups.headsOf(opd.code())));
    return heads;
  }

  private void grantRead(String filterId, List<String> groups) {
    for (String group : groups) {
      boolean global = Authorization.ANY.equals(group);
      var query = authorizations.createAuthorizationQuery().resourceType(Resources.FILTER).resourceId(filterId);
      if ((global ? query.userIdIn(Authorization.ANY) : query.groupIdIn(group)).count() > 0) {
        continue;
      }
      Authorization authorization = authorizations.createNewAuthorization(
          global ? Authorization.AUTH_TYPE_GLOBAL : Authorization.AUTH_TYPE_GRANT);
      authorization.setResource(Resources.FILTER);
      authorization.setResourceId(filterId);
      if (global) {
        authorization.setUserId(Authorization.ANY);
      } else {
        authorization.setGroupId(group);
      }
      authorization.addPermission(Permissions.READ);
      authorizations.saveAuthorization(authorization);
    }
  }

  private String text(String key) {
    return messages.getMessage(key, null, INDONESIAN);
  }
}
