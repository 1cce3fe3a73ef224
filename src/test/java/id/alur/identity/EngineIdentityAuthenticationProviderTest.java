package id.alur.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alur.ProcessTestEngine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Staff log in with the engine's users and passwords; an API client sending its password with every request is let in
 * on the last check for a short while, and a wrong password is always asked of the engine.
 */
class EngineIdentityAuthenticationProviderTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

  private static final String USER = "clerktest";
  private static final String PASSWORD = "Rahasia#2026";

  private IdentityService identity;
  private Instant now = Instant.parse("2026-12-07T02:00:00Z");
  private EngineIdentityAuthenticationProvider provider;

  @BeforeEach
  void staff() {
    identity = ENGINE.getIdentityService();
    User user = identity.newUser(USER);
    user.setPassword(PASSWORD);
    identity.saveUser(user);
    identity.saveGroup(identity.newGroup("dcktr"));
    identity.createMembership(USER, "dcktr");
    provider = new EngineIdentityAuthenticationProvider(identity, new Clock() {
      @Override
      public Instant instant() {
        return now;
      }

      @Override
      public ZoneOffset getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }
    });
  }

  @AfterEach
  void removeStaff() {
    identity.deleteMembership(USER, "dcktr");
    identity.deleteGroup("dcktr");
    identity.deleteUser(USER);
  }

  private Authentication login(String password) {
    return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(USER, password));
  }

  @Test
  @DisplayName("the right password lets the user in with the groups of the engine; a wrong one is refused")
  void checksThePassword() {
    Authentication authentication = login(PASSWORD);

    assertThat(authentication.getPrincipal()).isEqualTo(new StaffUser(USER, java.util.List.of("dcktr")));
    assertThat(authentication.getAuthorities()).extracting(Object::toString).containsExactly("GROUP_dcktr");
    assertThatThrownBy(() -> login("Salah#2026")).isInstanceOf(BadCredentialsException.class);
  }

  @Test
  @DisplayName("wrong passwords right after the right one still reach the engine, which locks the account")
  void wrongPasswordsAreCounted() {
    login(PASSWORD);
    for (int attempt = 0; attempt < 10; attempt++) {
      String wrong = "Salah#" + attempt;
      assertThatThrownBy(() -> login(wrong)).isInstanceOf(BadCredentialsException.class);
    }

    now = now.plus(RecentLogins.TTL);
    assertThatThrownBy(() -> login(PASSWORD)).isInstanceOf(BadCredentialsException.class);
  }

  @Test
  @DisplayName("a changed password or group reaches a client that sends the old one within 30 seconds")
  void changesTakeEffectWithinTheTtl() {
    login(PASSWORD);
    User user = identity.createUserQuery().userId(USER).singleResult();
    user.setPassword("Baru#2026");
    identity.saveUser(user);
    identity.deleteMembership(USER, "dcktr");

    now = now.plus(RecentLogins.TTL.minus(Duration.ofSeconds(1)));
    assertThat(login(PASSWORD).getAuthorities()).extracting(Object::toString).containsExactly("GROUP_dcktr");

    now = now.plus(Duration.ofSeconds(1));
    assertThat(login("Baru#2026").getAuthorities()).isEmpty();
    assertThatThrownBy(() -> login(PASSWORD)).isInstanceOf(BadCredentialsException.class);
  }
}
