package id.alur.identity;

import java.util.Arrays;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Closed by default. The engine's REST API and the app's staff API need credentials on every request
 * (HTTP Basic against the engine's users in the embedded profile) and run with that user on the engine;
 * only {@code /api/public/**} is open, for citizens. The Camunda webapps under {@code /camunda} keep their
 * own session login and CSRF protection. Health and version are public; everything else is refused.
 */
@Configuration
@ConditionalOnWebApplication
class SecurityConfiguration {

  /**
   * Paths are matched on the whole request path: the engine's REST API is a Jersey servlet beside Spring
   * MVC, so servlet-relative MVC matching would never see it.
   */
  private static RequestMatcher paths(String... patterns) {
    PathPatternRequestMatcher.Builder builder = PathPatternRequestMatcher.withDefaults();
    return new OrRequestMatcher(Arrays.stream(patterns).map(builder::matcher).toArray(RequestMatcher[]::new));
  }

  @Bean
  @Order(1)
  SecurityFilterChain staffApis(HttpSecurity http, EngineIdentityAuthenticationProvider provider,
      IdentityService identityService) throws Exception {
    return http
        .securityMatcher(paths("/engine-rest/**", "/api/**"))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(paths("/api/public/**")).permitAll()
            .anyRequest().authenticated())
        .authenticationProvider(provider)
        .httpBasic(basic -> basic.realmName("Alur"))
        // Credentials travel with each request, never in a cookie: no session, and so no CSRF to forge.
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(AbstractHttpConfigurer::disable)
        .addFilterAfter(new EngineAuthenticationFilter(identityService), AuthorizationFilter.class)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain webappsAndStatus(HttpSecurity http) throws Exception {
    return http
        .securityMatcher(paths("/camunda/**", "/", "/error", "/actuator/health", "/actuator/health/**",
            "/actuator/info"))
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        // The webapps authenticate against the engine and send their own X-XSRF-TOKEN check.
        .csrf(AbstractHttpConfigurer::disable)
        .build();
  }

  @Bean
  @Order(3)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests.anyRequest().denyAll())
        .build();
  }
}
