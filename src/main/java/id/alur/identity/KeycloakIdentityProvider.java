package id.alur.identity;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.db.DbReadOnlyIdentityServiceProvider;
import org.camunda.bpm.engine.impl.identity.db.DbUserQueryImpl;

import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * With Keycloak, Keycloak owns the staff: the engine's identity store turns read-only (the Admin webapp
 * offers no user management and no "create first admin" page), and a user the engine is asked about by id
 * exists if Keycloak logged them in, with the name their token carried. Groups never come from here: each
 * request carries the token's groups.
 */
public class KeycloakIdentityProvider extends DbReadOnlyIdentityServiceProvider {

  /** Names of the staff seen at login since the start: what Tasklist shows beside a user id. */
  private static final Map<String, UserEntity> SEEN = new ConcurrentHashMap<>();

  static void seen(String userId, String firstName, String lastName, String email) {
    UserEntity user = new UserEntity(userId);
    user.setFirstName(firstName);
    user.setLastName(lastName);
    user.setEmail(email);
    SEEN.put(userId, user);
  }

  @Override
  public UserEntity findUserById(String userId) {
    UserEntity stored = super.findUserById(userId);
    return stored != null ? stored : SEEN.getOrDefault(userId, new UserEntity(userId));
  }

  @Override
  public List<User> findUserByQueryCriteria(DbUserQueryImpl query) {
    List<User> stored = super.findUserByQueryCriteria(query);
    if (stored.isEmpty() && isByIdOnly(query)) {
      return List.of(SEEN.getOrDefault(query.getId(), new UserEntity(query.getId())));
    }
    return stored;
  }

  @Override
  public long findUserCountByQueryCriteria(DbUserQueryImpl query) {
    long stored = super.findUserCountByQueryCriteria(query);
    return stored == 0 && isByIdOnly(query) ? 1 : stored;
  }

  private static boolean isByIdOnly(DbUserQueryImpl query) {
    return query.getId() != null && query.getIds() == null && query.getGroupId() == null
        && query.getTenantId() == null && query.getFirstName() == null && query.getLastName() == null
        && query.getEmail() == null;
  }

  /** Puts the provider into the engine when the keycloak profile is on. */
  @Component
  @Profile("keycloak")
  static class Plugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(KeycloakIdentityProvider.class));
    }
  }
}
