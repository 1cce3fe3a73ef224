package id.alur.identity;

import jakarta.servlet.DispatcherType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Closed by default. The engine's REST API and the app's staff API need a credential on every request
 * ({@link StaffAuthentication}: the engine's users or Keycloak tokens) and run with that user on the engine;
 * only {@code /api/public/**} is open, for citizens. The Camunda webapps under {@code /camunda} log in
 * their own way (Camunda's form, or Keycloak) and keep Camunda's CSRF check; the app's own staff pages
 * under {@code /audit} have a session login and Spring's CSRF check. The public pages under {@code /izin}
 * (a permit's verification) are open to GET. Health and version are public; everything else is refused.
 *
 * <p>Every answer carries HSTS (also over plain HTTP, so a proxy that terminates TLS passes it on) and,
 * outside the webapps, a Content-Security-Policy that allows nothing: the APIs serve JSON, not pages. The
 * webapps get Camunda's own nonce-based policy, configured in application.yaml.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

  static final String STRICT_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
  /** The staff pages: the app's own scripts, styles and fonts only; styles may be inline (bpmn-js sets them). */
  static final String PAGES_CSP = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
      + " img-src 'self' data:; font-src 'self' data:; connect-src 'self'; form-action 'self';"
      + " frame-ancestors 'none'; base-uri 'none'";
  /** The public pages: their own stylesheet, nothing else; no script, no form, no frame. */
  static final String PUBLIC_PAGES_CSP = "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'none';"
      + " frame-ancestors 'none'; base-uri 'none'";
  private static final long ONE_YEAR = 31_536_000L;

  /**
   * Paths are matched on the whole request path: the engine's REST API is a Jersey servlet beside Spring
   * MVC, so servlet-relative MVC matching would never see it.
   */
  static RequestMatcher paths(String... patterns) {
    PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
    return new OrRequestMatcher(Arrays.stream(patterns).map(builder::matcher).toArray(RequestMatcher[]::new));
  }

  @Bean
  @Order(1)
  SecurityFilterChain staffApis(HttpSecurity http, StaffAuthentication staffAuthentication) throws Exception {
    http.securityMatcher(paths("/engine-rest/**", "/api/**", "/actuator/prometheus"))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(paths("/api/public/**")).permitAll()
            // Metrics name processes and OPDs and their breaches: for the city's monitoring, not the public.
            .requestMatchers(paths("/actuator/prometheus")).hasAuthority("GROUP_" + StaffGroups.ADMIN)
            .anyRequest().authenticated())
        // Credentials travel with each request, never in a cookie: no session, and so no CSRF to forge.
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable)
        .headers(SecurityConfiguration::strictHeaders);
    staffAuthentication.configureApis(http);
    return http.build();
  }

  /**
   * The app's server-rendered staff pages (auditors): a session login, Spring's CSRF check on every change,
   * the {@code auditor} group (a member of staff outside it gets the refusal page, 403). Their assets are
   * public: they hold no data.
   */
  @Bean
  @Order(2)
  SecurityFilterChain staffPages(HttpSecurity http, StaffAuthentication staffAuthentication) throws Exception {
    http.securityMatcher(paths(StaffPages.PATH, StaffPages.PATH + "/**"))
        .authorizeHttpRequests(requests -> requests
            // The refusal page, forwarded to from here.
            .dispatcherTypeMatchers(DispatcherType.FORWARD, DispatcherType.ERROR).permitAll()
            // The login form (embedded profile) is opened by EngineUserAuthentication; with Keycloak the
            // form does not exist and /audit/login goes to Keycloak like any page.
            .requestMatchers(paths(StaffPages.ASSETS + "/**")).permitAll()
            // The pages check it too; here it holds even for a page that forgot.
            .anyRequest().access((authentication, context) -> new AuthorizationDecision(StaffPrincipal
                .of(authentication.get()).map(user -> user.groups().contains(StaffGroups.AUDITOR)).orElse(false))))
        .exceptionHandling(errors -> errors.accessDeniedPage(StaffPages.DENIED))
        .headers(headers -> headers
            .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                .maxAgeInSeconds(ONE_YEAR).includeSubDomains(true))
            .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
            .contentTypeOptions(Customizer.withDefaults())
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
            .contentSecurityPolicy(csp -> csp.policyDirectives(PAGES_CSP)));
    staffAuthentication.configurePages(http);
    return http.build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain webapps(HttpSecurity http, StaffAuthentication staffAuthentication) throws Exception {
    List<String> webappPaths = new ArrayList<>(List.of("/camunda/**", "/"));
    webappPaths.addAll(List.of(staffAuthentication.loginPaths()));
    http.securityMatcher(paths(webappPaths.toArray(String[]::new)))
        // Camunda's first-admin set-up page creates an administrator for anyone while none exists: Alur
        // creates its administrators itself (demo staff, or Keycloak's groups).
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(paths("/camunda/api/admin/setup/**")).denyAll())
        // Camunda's own filter sets the webapps' CSP (with a script nonce) and X-* headers.
        .headers(headers -> headers.defaultsDisabled()
            .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                .maxAgeInSeconds(ONE_YEAR).includeSubDomains(true)));
    staffAuthentication.configureWebapps(http);
    return http.build();
  }

  /**
   * The public pages (a permit's verification, opened from its QR code): anyone may read them, nobody may send
   * anything to them. They keep no session and set no cookie; their CSP allows their own stylesheet and nothing
   * else, no script at all.
   */
  @Bean
  @Order(4)
  SecurityFilterChain publicPages(HttpSecurity http) throws Exception {
    return http
        .securityMatcher(paths(PublicPages.PATH + "/**"))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, PublicPages.PATH + "/**"))
            .permitAll()
            .anyRequest().denyAll())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Only GET is let through, and it changes nothing: there is no request to forge.
        .csrf(AbstractHttpConfigurer::disable)
        .headers(headers -> headers
            .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
                .maxAgeInSeconds(ONE_YEAR).includeSubDomains(true))
            .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
            .contentTypeOptions(Customizer.withDefaults())
            .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
            .contentSecurityPolicy(csp -> csp.policyDirectives(PUBLIC_PAGES_CSP)))
        .build();
  }

  @Bean
  @Order(5)
  SecurityFilterChain status(HttpSecurity http) throws Exception {
    return http
        .securityMatcher(paths("/error", "/actuator/health", "/actuator/health/**", "/actuator/info"))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .csrf(AbstractHttpConfigurer::disable)
        .headers(SecurityConfiguration::strictHeaders)
        .build();
  }

  @Bean
  @Order(6)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests.anyRequest().denyAll())
        .headers(SecurityConfiguration::strictHeaders)
        .build();
  }

  /**
   * No observations of Spring Security's own: with them every request's filters, authentication and authorization
   * are wrapped and timed (a dozen observations a request, about 2% of Alur's CPU under the clerks' load) for
   * metrics nobody reads. The HTTP request metrics ({@code http_server_requests}) stay.
   */
  @Bean
  SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  /** JSON and status answers: HSTS, no framing, no sniffing, and a CSP that allows nothing. */
  private static void strictHeaders(HeadersConfigurer<HttpSecurity> headers) {
    headers
        .httpStrictTransportSecurity(hsts -> hsts.requestMatcher(AnyRequestMatcher.INSTANCE)
            .maxAgeInSeconds(ONE_YEAR).includeSubDomains(true))
        .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
        .contentTypeOptions(Customizer.withDefaults())
        .contentSecurityPolicy(csp -> csp.policyDirectives(STRICT_CSP));
  }
}
