package id.alur.identity;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
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

  private final ApplicationEventPublisher events;

  EngineUserAuthentication(EngineIdentityAuthenticationProvider provider, IdentityService identityService,
      ApplicationEventPublisher events) {
    this.provider = provider;
    this.identityService = identityService;
    this.events = events;
  }

  @Override
  public void configureApis(HttpSecurity http) throws Exception {
    http.authenticationProvider(provider)
        .httpBasic(basic -> basic.realmName("Alur"))
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
  }

  /**
   * The staff pages have a login form of their own against the same engine users. A failed attempt is
   * published (for the audit trail) and sent back to the form.
   */
  @Override
  public void configurePages(HttpSecurity http) throws Exception {
    http.authenticationProvider(provider)
        .formLogin(form -> form.loginPage(StaffPages.LOGIN).loginProcessingUrl(StaffPages.LOGIN).permitAll()
            .defaultSuccessUrl(StaffPages.HOME)
            .failureHandler((request, response, exception) -> {
              events.publishEvent(new StaffLoginFailed(String.valueOf(request.getParameter("username")),
                  request.getRemoteAddr(), request.getRequestURI()));
              response.sendRedirect(request.getContextPath() + StaffPages.LOGIN + "?error");
            }))
        .logout(logout -> logout.logoutRequestMatcher(PathPatternRequestMatcher.withDefaults()
                .matcher(HttpMethod.POST, StaffPages.LOGOUT))
            .logoutSuccessUrl(StaffPages.LOGIN + "?logout"));
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
