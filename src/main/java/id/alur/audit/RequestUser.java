package id.alur.audit;

import id.alur.identity.StaffPrincipal;
import id.alur.identity.StaffUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Who made a request, for the trail, however they logged in: the request's credentials (Basic or a token),
 * a Spring session (the auditors' pages, Keycloak), or a Camunda webapp session (Tasklist and Cockpit with the
 * engine's own login).
 */
final class RequestUser {

  private static final String ENGINE = "default";

  private RequestUser() {
  }

  static Optional<String> of(HttpServletRequest request) {
    Optional<StaffUser> current = StaffPrincipal.of(SecurityContextHolder.getContext().getAuthentication());
    if (current.isPresent()) {
      return current.map(StaffUser::userId);
    }
    HttpSession session = request.getSession(false);
    if (session == null) {
      return Optional.empty();
    }
    Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
    if (context instanceof SecurityContext security && security.getAuthentication() != null) {
      return Optional.of(StaffPrincipal.of(security.getAuthentication()).map(StaffUser::userId)
          .orElse(security.getAuthentication().getName()));
    }
    Authentications webapp = AuthenticationUtil.getAuthsFromSession(session);
    Authentication user = webapp == null ? null : webapp.getAuthenticationForProcessEngine(ENGINE);
    return user == null || user.getName() == null ? Optional.empty() : Optional.of(user.getName());
  }
}
