package id.alur.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * What a Keycloak token must be to reach the APIs, and who it names. Issuer, expiry and not-before are
 * checked by Spring's defaults for the issuer; the audience must name this app, so that a token Keycloak
 * issued for another client of the realm is refused.
 */
final class StaffTokens {

  static final String USER_CLAIM = "preferred_username";
  static final String GROUPS_CLAIM = "groups";

  private StaffTokens() {
  }

  static OAuth2TokenValidator<Jwt> validator(String issuer, String audience) {
    return new DelegatingOAuth2TokenValidator<>(
        JwtValidators.createDefaultWithIssuer(issuer),
        new JwtClaimValidator<Collection<String>>("aud", aud -> aud != null && aud.contains(audience)),
        new JwtClaimValidator<String>(USER_CLAIM, user -> user != null && !user.isBlank()));
  }

  static StaffUser staffUser(Map<String, Object> claims) {
    return new StaffUser(String.valueOf(claims.get(USER_CLAIM)), groupsOf(claims.get(GROUPS_CLAIM)));
  }

  /** Group names without a leading slash, whether Keycloak sends plain names or full paths. */
  static List<String> groupsOf(Object claim) {
    if (!(claim instanceof Collection<?> groups)) {
      return List.of();
    }
    return groups.stream().map(String::valueOf)
        .map(group -> group.substring(group.lastIndexOf('/') + 1))
        .filter(group -> !group.isBlank())
        .distinct()
        .toList();
  }
}
