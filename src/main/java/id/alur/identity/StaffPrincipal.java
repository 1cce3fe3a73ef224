package id.alur.identity;

import java.util.Optional;
import org.springframework.lang.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * The member of staff behind a Spring Security authentication, however they logged in: a {@link StaffUser}
 * from the engine's users or a bearer token, or a Keycloak browser login (OIDC), whose token claims carry the
 * user name and the groups.
 */
public final class StaffPrincipal {

  private StaffPrincipal() {
  }

  public static Optional<StaffUser> of(@Nullable Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return Optional.empty();
    }
    Object principal = authentication.getPrincipal();
    if (principal instanceof StaffUser staffUser) {
      return Optional.of(staffUser);
    }
    if (principal instanceof OidcUser oidcUser) {
      StaffUser staffUser = StaffTokens.staffUser(oidcUser.getClaims());
      return staffUser.userId().isBlank() || "null".equals(staffUser.userId()) ? Optional.empty()
          : Optional.of(staffUser);
    }
    return Optional.empty();
  }
}
