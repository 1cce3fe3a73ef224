package id.alur.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Tells the Camunda webapps who logged in at Keycloak. The webapps keep user and groups in their session;
 * the groups come from the token, never from the engine's tables. The webapps also insist that the user
 * exists in the engine's identity store (for names in Tasklist), so a passwordless record with the
 * Keycloak name and mail is kept there; it cannot be used to log in.
 *
 * <p>Instantiated by Camunda's filter by class name, hence the public no-argument constructor.
 */
public class KeycloakWebappUser extends ContainerBasedAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (!(authentication instanceof OAuth2AuthenticationToken token)
        || !(token.getPrincipal() instanceof OidcUser oidcUser)) {
      return AuthenticationResult.unsuccessful();
    }
    Map<String, Object> claims = oidcUser.getClaims();
    StaffUser staffUser = StaffTokens.staffUser(claims);
    if (staffUser.userId().isBlank() || "null".equals(staffUser.userId())) {
      return AuthenticationResult.unsuccessful();
    }
    keepUserRecord(engine.getIdentityService(), staffUser.userId(), oidcUser);
    AuthenticationResult result = AuthenticationResult.successful(staffUser.userId());
    result.setGroups(staffUser.groups());
    return result;
  }

  private static void keepUserRecord(IdentityService identityService, String userId, OidcUser oidcUser) {
    identityService.clearAuthentication();
    User user = identityService.createUserQuery().userId(userId).singleResult();
    boolean created = user == null;
    if (created) {
      user = identityService.newUser(userId);
    }
    boolean changed = created | differs(user.getFirstName(), oidcUser.getGivenName())
        | differs(user.getLastName(), oidcUser.getFamilyName()) | differs(user.getEmail(), oidcUser.getEmail());
    if (changed) {
      user.setFirstName(oidcUser.getGivenName());
      user.setLastName(oidcUser.getFamilyName());
      user.setEmail(oidcUser.getEmail());
      identityService.saveUser(user);
    }
  }

  private static boolean differs(String stored, String fromToken) {
    return fromToken != null && !fromToken.equals(stored);
  }
}
