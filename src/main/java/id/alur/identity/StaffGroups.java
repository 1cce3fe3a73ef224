package id.alur.identity;

/**
 * Names of the engine groups. Every OPD has a group named by its code for all its staff (the candidate
 * group of its tasks) and a {@code <code>-head} group for its head, who approves and reassigns. Cross-city
 * roles have groups of their own. Keycloak's realm (keycloak/) uses the same names.
 */
public final class StaffGroups {

  public static final String COORDINATOR = "coordinator";
  /** The OPD of the complaint coordinator (Diskominfo), who also follows up overdue hand-offs. */
  public static final String COORDINATOR_OPD = "diskominfo";
  public static final String DESIGNER = "designer";
  public static final String AUDITOR = "auditor";
  /** Camunda's own administrator group: full rights in the engine and the Admin webapp. */
  public static final String ADMIN = "camunda-admin";

  public static final String TYPE_OPD = "OPD";
  public static final String TYPE_HEAD = "OPD_HEAD";
  public static final String TYPE_ROLE = "ROLE";

  private StaffGroups() {
  }

  public static String staffOf(String opdCode) {
    return opdCode;
  }

  public static String headsOf(String opdCode) {
    return opdCode + "-head";
  }
}
