package id.alur.identity;

import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Checks a user name and password against the engine's identity store (the embedded profile's users).
 * The engine counts failed attempts and locks the account after too many, so guessing is slowed there too. A success is
 * remembered for a short time ({@link RecentLogins}), since API clients send their password with every request.
 */
@Component
class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final RecentLogins recent;

  @Autowired
  EngineIdentityAuthenticationProvider(IdentityService identityService) {
    this(identityService, Clock.systemUTC());
  }

  EngineIdentityAuthenticationProvider(IdentityService identityService, Clock clock) {
    this.identityService = identityService;
    this.recent = new RecentLogins(clock);
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    Object credentials = authentication.getCredentials();
    if (userId == null || userId.isBlank() || !(credentials instanceof String password)) {
      throw new BadCredentialsException("Bad credentials");
    }
    StaffUser staffUser = recent.find(userId, password).orElseGet(() -> checked(userId, password));
    return UsernamePasswordAuthenticationToken.authenticated(staffUser, null, staffUser.authorities());
  }

  private StaffUser checked(String userId, String password) {
    if (!identityService.checkPassword(userId, password)) {
      throw new BadCredentialsException("Bad credentials");
    }
    List<String> groups = identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId).toList();
    StaffUser staffUser = new StaffUser(userId, groups);
    recent.remember(userId, password, staffUser);
    return staffUser;
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
