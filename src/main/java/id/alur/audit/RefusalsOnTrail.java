package id.alur.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refused logins and refused requests on the trail, whichever part of the application refused them (Spring
 * Security, the engine's authorization, an API's own check): a 401 to a request that carried credentials, a
 * failed Camunda webapp login, and every 403. The attempted user name is recorded, never a password.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class RefusalsOnTrail extends OncePerRequestFilter {

  private static final String WEBAPP_LOGIN = "/camunda/api/admin/auth/user/";
  private static final Logger LOG = LoggerFactory.getLogger(RefusalsOnTrail.class);
  private final AuditTrail trail;

  RefusalsOnTrail(AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    try {
      chain.doFilter(request, response);
    } finally {
      int status = response.getStatus();
      Optional<String> attempted = attemptedUser(request);
      if (status == HttpServletResponse.SC_FORBIDDEN) {
        record(attempted.or(() -> RequestUser.of(request)).orElse("anonymous"), "ACCESS_DENIED", request);
      } else if (status == HttpServletResponse.SC_UNAUTHORIZED && attempted.isPresent()) {
        record(attempted.get(), "LOGIN_FAILED", request);
      }
    }
  }

  private void record(String actor, String action, HttpServletRequest request) {
    try {
      trail.record(new AuditEvent(actor, null, null, action, details(request)));
    } catch (RuntimeException e) {
      LOG.error("Could not put {} of {} {} on the audit trail", action, request.getMethod(), request.getRequestURI(), e);
    }
  }

  private static Map<String, Object> details(HttpServletRequest request) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("method", request.getMethod());
    details.put("path", request.getRequestURI());
    details.put("client", request.getRemoteAddr());
    return details;
  }

  /** The user name a request tried: Basic credentials, or the webapp login form's {@code username}. */
  private static Optional<String> attemptedUser(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      try {
        String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
        return Optional.of(decoded.contains(":") ? decoded.substring(0, decoded.indexOf(':')) : decoded);
      } catch (IllegalArgumentException e) {
        return Optional.of("(unreadable credentials)");
      }
    }
    if (request.getRequestURI().startsWith(WEBAPP_LOGIN) && request.getRequestURI().contains("/login/")) {
      return Optional.ofNullable(request.getParameter("username"));
    }
    if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return Optional.of("(bearer token)");
    }
    return Optional.empty();
  }
}
