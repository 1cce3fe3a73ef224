package id.alur.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * The token rules of the keycloak profile, on tokens signed here (the login tests use real Keycloak
 * tokens; these cover what Keycloak cannot easily be made to issue: expired, foreign issuer).
 */
class StaffTokensTest {

  private static final String ISSUER = "http://127.0.0.1:18180/realms/alur";
  private static final KeyPair KEYCLOAK_KEY = rsa();
  private static final KeyPair OTHER_KEY = rsa();

  private final NimbusJwtDecoder decoder = decoder();

  @Test
  @DisplayName("a current token of the realm for the app names the user and the groups")
  void acceptsTheRealmsTokenForTheApp() {
    Jwt jwt = decoder.decode(sign(KEYCLOAK_KEY, claims(ISSUER, "alur-api", Instant.now().plusSeconds(300))));
    StaffUser staff = StaffTokens.staffUser(jwt.getClaims());
    assertThat(staff.userId()).isEqualTo("clerk.dlh");
    assertThat(staff.groups()).containsExactly("dlh");
  }

  @Test
  void refusesAnExpiredToken() {
    assertThatThrownBy(() -> decoder.decode(sign(KEYCLOAK_KEY, claims(ISSUER, "alur-api",
        Instant.now().minusSeconds(300))))).isInstanceOf(JwtException.class).hasMessageContaining("expired");
  }

  @Test
  void refusesAnotherIssuer() {
    assertThatThrownBy(() -> decoder.decode(sign(KEYCLOAK_KEY, claims("http://127.0.0.1:18180/realms/master",
        "alur-api", Instant.now().plusSeconds(300))))).isInstanceOf(JwtException.class).hasMessageContaining("iss");
  }

  @Test
  void refusesATokenForAnotherAudience() {
    assertThatThrownBy(() -> decoder.decode(sign(KEYCLOAK_KEY, claims(ISSUER, "account",
        Instant.now().plusSeconds(300))))).isInstanceOf(JwtException.class).hasMessageContaining("aud");
  }

  @Test
  void refusesUnsignedAndForeignSignedTokens() {
    JWTClaimsSet claims = claims(ISSUER, "alur-api", Instant.now().plusSeconds(300));
    assertThatThrownBy(() -> decoder.decode(new PlainJWT(claims).serialize())).isInstanceOf(JwtException.class);
    assertThatThrownBy(() -> decoder.decode(sign(OTHER_KEY, claims))).isInstanceOf(JwtException.class);
  }

  @Test
  @DisplayName("groups sent as full paths lose their leading path")
  void groupsAsPaths() {
    assertThat(StaffTokens.groupsOf(List.of("/dlh", "/dlh-head", "coordinator"))).containsExactly("dlh", "dlh-head",
        "coordinator");
    assertThat(StaffTokens.groupsOf(null)).isEmpty();
  }

  private static NimbusJwtDecoder decoder() {
    NimbusJwtDecoder decoder = NimbusJwtDecoder.withPublicKey((RSAPublicKey) KEYCLOAK_KEY.getPublic()).build();
    decoder.setJwtValidator(StaffTokens.validator(ISSUER, "alur-api"));
    return decoder;
  }

  private static JWTClaimsSet claims(String issuer, String audience, Instant expiry) {
    return new JWTClaimsSet.Builder()
        .issuer(issuer)
        .audience(audience)
        .subject("5d6c0d1e")
        .claim("preferred_username", "clerk.dlh")
        .claim("groups", List.of("dlh"))
        .issueTime(Date.from(expiry.minusSeconds(600)))
        .expirationTime(Date.from(expiry))
        .build();
  }

  private static String sign(KeyPair key, JWTClaimsSet claims) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
      jwt.sign(new RSASSASigner(key.getPrivate()));
      return jwt.serialize();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static KeyPair rsa() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
