package id.alur.audit;

/**
 * Names of trail actions that the auditors' case view groups into sections of their own. A module that hands
 * a case over records {@code HANDOFF_<WHAT>} ({@code HANDOFF_REQUESTED}, {@code HANDOFF_ACCEPTED}, ...); one that
 * stores or issues a document records {@code DOCUMENT_<WHAT>} with the document's name, type, size and
 * SHA-256 in the details.
 */
public final class AuditActions {

  public static final String HANDOFF_PREFIX = "HANDOFF_";
  public static final String DOCUMENT_PREFIX = "DOCUMENT_";
  public static final String CASE_READ = "CASE_READ";

  private AuditActions() {
  }

  static boolean isHandoff(String action) {
    return action.startsWith(HANDOFF_PREFIX);
  }

  static boolean isDocument(String action) {
    return action.startsWith(DOCUMENT_PREFIX);
  }
}
