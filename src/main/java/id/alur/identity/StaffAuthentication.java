package id.alur.identity;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;

/**
 * How staff prove who they are: against the engine's own users (the embedded default) or with Keycloak
 * (profile {@code keycloak}). Exactly one is active; {@link SecurityConfiguration} builds the rest of the
 * filter chains around it.
 */
interface StaffAuthentication {

  /** Authentication of {@code /engine-rest/**} and {@code /api/**}: one credential per request. */
  void configureApis(HttpSecurity http) throws Exception;

  /**
   * Login of the app's own server-rendered staff pages ({@link StaffPages#PATH}): a session, like the
   * webapps', with Spring's CSRF check on every change; {@code POST /audit/logout} ends it.
   */
  void configurePages(HttpSecurity http) throws Exception;

  /** Login of the Camunda webapps under {@code /camunda}. */
  void configureWebapps(HttpSecurity http) throws Exception;

  /** Paths besides {@code /camunda/**} that the login of the webapps needs (callbacks, logout). */
  String[] loginPaths();
}
