package id.alur.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Tells the Camunda webapps who logged in at Keycloak. The webapps keep user and groups in their session;
 * the groups come from the token, never from the engine's tables. The user's name is handed to
 * {@link KeycloakIdentityProvider}, which answers the webapps' questions about users.
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
    KeycloakIdentityProvider.seen(staffUser.userId(), oidcUser.getGivenName(), oidcUser.getFamilyName(),
        oidcUser.getEmail());
    AuthenticationResult result = AuthenticationResult.successful(staffUser.userId());
    result.setGroups(staffUser.groups());
    return result;
  }

}
