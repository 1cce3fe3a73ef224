package id.alur.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization checks, made to stay fast when a city has hundreds of thousands of open tasks (every
 * task brings an authorization row for its candidate group, so that table grows with them). Two changes, both
 * giving the same answers as the engine's own checks:
 * <ul>
 *   <li>The engine narrows a caller's groups to those that appear in any authorization, with a
 *   {@code select distinct GROUP_ID_} over the whole authorization table in every request (100 ms and more at
 *   100,000 open tasks). A group without authorizations matches no row anyway, so the caller's groups are used as
 *   they are.</li>
 *   <li>A task query that asks only for the candidate tasks of the caller's own groups ("Tugas OPD saya", a clerk's
 * work list) runs without the engine's per-task authorization join. The join checks, for every task of the group,
 * that an authorization row grants the group READ on it, and it grows with the number of open tasks (100 ms and more
 * at a few thousand per OPD); yet a candidate-group link always comes with exactly that grant
 * ({@link HeadsSeeTheirOpdTasks.Provider}, the engine's authorization provider), and Alur never revokes it. So the
 * answer is the same, and any other query (other groups, a candidate user, OR-queries, no group at all) is checked as
 * before.</li>
 * </ul>
 */
@Component
class ScalableAuthorizationChecks extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new SessionFactory() {
      @Override
      public Class<?> getSessionType() {
        return AuthorizationManager.class;
      }

      @Override
      public Session openSession() {
        return new Authorizations();
      }
    });
    configuration.setCustomSessionFactories(factories);
  }

  /** True when the query reads only candidate tasks of groups the caller is a member of. */
  static boolean onlyOwnGroups(TaskQueryImpl query, List<String> callerGroups) {
    if (query.getQueries().size() != 1 || query.getCandidateUser() != null || query.getCandidateGroupLike() != null) {
      return false;
    }
    List<String> asked = new ArrayList<>();
    if (query.getCandidateGroup() != null) {
      asked.add(query.getCandidateGroup());
    }
    if (query.getCandidateGroupsInternal() != null) {
      asked.addAll(query.getCandidateGroupsInternal());
    }
    return !asked.isEmpty() && callerGroups != null && callerGroups.containsAll(asked);
  }

  static final class Authorizations extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      return authenticatedGroupIds == null ? List.of() : authenticatedGroupIds;
    }

    @Override
    public void configureTaskQuery(TaskQueryImpl query) {
      Authentication caller = isAuthCheckExecuted() ? getCurrentAuthentication() : null;
      if (caller == null || !onlyOwnGroups(query, caller.getGroupIds())) {
        super.configureTaskQuery(query);
        return;
      }
      // What the engine's configuration leaves, with the check off; the engine would first ask the database whether
      // any authorization revokes (a query of its own, 3% of Alur's CPU under the clerks' load), which only an
      // enabled check reads.
      AuthorizationCheck check = query.getAuthCheck();
      check.getPermissionChecks().clear();
      check.setAuthUserId(caller.getUserId());
      check.setAuthGroupIds(filterAuthenticatedGroupIds(caller.getGroupIds()));
      check.setAuthorizationCheckEnabled(false);
    }
  }
}
