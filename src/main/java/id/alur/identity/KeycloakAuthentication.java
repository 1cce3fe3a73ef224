package id.alur.identity;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import jakarta.servlet.DispatcherType;
import java.util.LinkedHashMap;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.DelegatingAuthenticationEntryPoint;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Profile {@code keycloak}: staff log in at Keycloak. The webapps use the authorization code flow with PKCE
 * (public client {@code alur-web}) and end the Keycloak session on logout; the APIs take only bearer tokens
 * signed by the configured issuer, addressed to the app's audience and not expired. The token's
 * {@code preferred_username} is the engine user, its {@code groups} claim the engine groups, for one
 * request on the APIs and for the session in the webapps.
 */
@Configuration
@Profile("keycloak")
class KeycloakAuthentication implements StaffAuthentication {

  static final String REGISTRATION = "keycloak";

  private final String issuer;
  private final String audience;
  private final String postLogoutRedirect;
  private final IdentityService identityService;
  private final ClientRegistrationRepository clients;

  KeycloakAuthentication(@Value("${alur.keycloak.issuer}") String issuer,
      @Value("${alur.keycloak.audience}") String audience,
      @Value("${alur.keycloak.post-logout-redirect:{baseUrl}/}") String postLogoutRedirect,
      IdentityService identityService, ClientRegistrationRepository clients) {
    this.issuer = issuer;
    this.audience = audience;
    this.postLogoutRedirect = postLogoutRedirect;
    this.identityService = identityService;
    this.clients = clients;
    SsoLogoutPlugins.enable();
  }

  @Bean
  JwtDecoder staffTokenDecoder() {
    // Resolved on first use, so the app starts while Keycloak is still starting.
    return new SupplierJwtDecoder(() -> {
      NimbusJwtDecoder decoder = NimbusJwtDecoder.withIssuerLocation(issuer).build();
      decoder.setJwtValidator(StaffTokens.validator(issuer, audience));
      return decoder;
    });
  }

  /** Puts the Keycloak user on the webapps' session, after Spring Security has checked the login. */
  @Bean
  FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappUserFilter(
      @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> registration =
        new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
    registration.setName("Keycloak webapp user");
    registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        KeycloakWebappUser.class.getName()));
    registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
    registration.addUrlPatterns(webappPath + "/app/*", webappPath + "/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }

  @Override
  public void configureApis(HttpSecurity http) throws Exception {
    JwtDecoder decoder = staffTokenDecoder();
    http.oauth2ResourceServer(server -> server.jwt(jwt -> jwt.decoder(decoder)
            .jwtAuthenticationConverter(KeycloakAuthentication::staffOf)))
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class);
  }

  /**
   * The staff pages share the webapps' Keycloak session: a page asked for without one goes to Keycloak's
   * login (handled by the webapps' chain, which comes back to the page); logging out ends both sessions.
   */
  @Override
  public void configurePages(HttpSecurity http) throws Exception {
    http.exceptionHandling(errors -> errors.authenticationEntryPoint(
            new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + REGISTRATION)))
        .logout(logout -> logout
            .logoutRequestMatcher(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, StaffPages.LOGOUT))
            .invalidateHttpSession(true)
            .clearAuthentication(true)
            .logoutSuccessHandler(endKeycloakSession()));
  }

  private OidcClientInitiatedLogoutSuccessHandler endKeycloakSession() {
    OidcClientInitiatedLogoutSuccessHandler endKeycloakSession = new OidcClientInitiatedLogoutSuccessHandler(clients);
    endKeycloakSession.setPostLogoutRedirectUri(postLogoutRedirect);
    return endKeycloakSession;
  }

  @Override
  public void configureWebapps(HttpSecurity http) throws Exception {
    OidcClientInitiatedLogoutSuccessHandler endKeycloakSession = endKeycloakSession();
    PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
    http.authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .oauth2Login(login -> login.loginPage("/oauth2/authorization/" + REGISTRATION))
        .logout(logout -> logout
            .logoutRequestMatcher(paths.matcher(HttpMethod.GET, "/logout"))
            .invalidateHttpSession(true)
            .clearAuthentication(true)
            .logoutSuccessHandler(endKeycloakSession))
        // Pages go to Keycloak's login; the webapps' own API answers 401 to a script, which cannot follow.
        .exceptionHandling(errors -> errors.authenticationEntryPoint(loginOr401(paths)))
        // Camunda's CsrfPreventionFilter guards the webapps' API; Spring's would break its requests.
        .csrf(AbstractHttpConfigurer::disable);
  }

  private static AuthenticationEntryPoint loginOr401(PathPatternRequestMatcher.Builder paths) {
    LinkedHashMap<RequestMatcher, AuthenticationEntryPoint> byPath = new LinkedHashMap<>();
    byPath.put(paths.matcher("/camunda/api/**"), new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED));
    DelegatingAuthenticationEntryPoint entryPoint = new DelegatingAuthenticationEntryPoint(byPath);
    entryPoint.setDefaultEntryPoint(new LoginUrlAuthenticationEntryPoint("/oauth2/authorization/" + REGISTRATION));
    return entryPoint;
  }

  @Override
  public String[] loginPaths() {
    return new String[] {"/oauth2/**", "/login/oauth2/**", "/logout"};
  }

  private static UsernamePasswordAuthenticationToken staffOf(Jwt jwt) {
    StaffUser staffUser = StaffTokens.staffUser(jwt.getClaims());
    return UsernamePasswordAuthenticationToken.authenticated(staffUser, null, staffUser.authorities());
  }
}
