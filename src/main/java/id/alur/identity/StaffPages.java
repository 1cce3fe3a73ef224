package id.alur.identity;

/**
 * Where the app's own server-rendered staff pages live (the auditors' views), and their login and logout.
 * Their security (session login, the {@code auditor} group, CSRF, a Content-Security-Policy that allows only
 * the app's own scripts) is set up by {@link SecurityConfiguration}; each page checks the group again.
 */
public final class StaffPages {

  public static final String PATH = "/audit";
  public static final String LOGIN = PATH + "/login";
  public static final String LOGOUT = PATH + "/logout";
  public static final String HOME = PATH + "/cases";
  /** The refusal shown to a member of staff who is not an auditor. */
  public static final String DENIED = PATH + "/denied";
  /** Stylesheets, scripts and bpmn-js: no personal data, served without a login. */
  public static final String ASSETS = PATH + "/assets";

  private StaffPages() {
  }
}
