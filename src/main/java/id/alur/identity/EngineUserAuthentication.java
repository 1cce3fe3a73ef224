package id.alur.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.stereotype.Component;

/**
 * The embedded default: staff are the engine's own users. APIs take HTTP Basic; the webapps keep Camunda's
 * own login form and session, with Camunda's own CSRF check ({@code X-XSRF-TOKEN}).
 */
@Component
@Profile("!keycloak")
class EngineUserAuthentication implements StaffAuthentication {

  private final EngineIdentityAuthenticationProvider provider;
  private final IdentityService identityService;

  EngineUserAuthentication(EngineIdentityAuthenticationProvider provider, IdentityService identityService) {
    this.provider = provider;
    this.identityService = identityService;
  }

  @Override
  public void configureApis(HttpSecurity http) throws Exception {
    http.authenticationProvider(provider)
        .httpBasic(basic -> basic.realmName("Alur"))
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
  }

  @Override
  public void configureWebapps(HttpSecurity http) throws Exception {
    http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable);
  }

  @Override
  public String[] loginPaths() {
    return new String[0];
  }
}
