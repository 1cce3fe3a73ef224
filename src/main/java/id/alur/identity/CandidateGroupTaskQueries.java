package id.alur.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Lets a task query that asks only for the candidate tasks of the caller's own groups ("Tugas OPD saya", a clerk's
 * work list) run without the engine's per-task authorization join. The join checks, for every task of the group,
 * that an authorization row grants the group READ on it, and it grows with the number of open tasks (100 ms and more
 * at a few thousand per OPD); yet a candidate-group link always comes with exactly that grant
 * ({@link HeadsSeeTheirOpdTasks.Provider}, the engine's authorization provider), and Alur never revokes it. So the
 * answer is the same, and any other query (other groups, a candidate user, OR-queries, no group at all) is checked as
 * before.
 */
@Component
class CandidateGroupTaskQueries extends AbstractProcessEnginePlugin {

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
    public void configureTaskQuery(TaskQueryImpl query) {
      super.configureTaskQuery(query);
      AuthorizationCheck check = query.getAuthCheck();
      if (check.isAuthorizationCheckEnabled() && onlyOwnGroups(query, check.getAuthGroupIds())) {
        check.setAuthorizationCheckEnabled(false);
      }
    }
  }
}
