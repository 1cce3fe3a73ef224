package id.alur.handoff;

/**
 * The contract of the call activity {@code AgencyHandoffV01}, for the processes that call it and their tests.
 *
 * <p>A caller hands over with a call activity ({@code calledElement="AgencyHandoffV01"}, binding
 * {@code deployment}) passing {@link #TARGET}, {@link #REASON} and, optionally, {@link #LEGAL_BASIS}, and takes
 * back {@link #OUTCOME} and {@link #OWNER}. The holder's clerks may also ask through the API: a caller that
 * allows that catches the message {@link #REQUESTED_MESSAGE} (it carries the same three variables) on the step
 * where the case may be handed over. An external hand-off throws the escalation {@link #HANDED_OUTSIDE}
 * once its letter is written: a caller that catches it (non-interrupting, on the call activity) closes its
 * part as "Dialihkan" with {@code ${handoff.closeAsHandedOutside(execution)}} while the hand-off waits for the
 * agency's answer.
 */
public final class AgencyHandoff {

  public static final String PROCESS_KEY = "AgencyHandoffV01";

  /** In: the OPD code or outside agency code the case goes to. */
  public static final String TARGET = "handoffTarget";
  /** In: why the holder hands it over (shown to the target and cited in a letter). */
  public static final String REASON = "handoffReason";
  /** In, optional: the legal basis a letter cites; by default the outside agency's own. */
  public static final String LEGAL_BASIS = "handoffLegalBasis";
  /** Out: {@link Outcome} name. */
  public static final String OUTCOME = "handoffOutcome";
  /** Out: the OPD that owns the case after the hand-off. */
  public static final String OWNER = "handoffOwner";
  /** Out: the number of the letter of an external hand-off. */
  public static final String LETTER_NUMBER = "handoffLetterNumber";

  public static final String REQUESTED_MESSAGE = "AgencyHandoffRequested";
  public static final String ANSWERED_MESSAGE = "AgencyHandoffAnswered";
  /** Escalation code thrown when a case has been handed to an outside agency. */
  public static final String HANDED_OUTSIDE = "AgencyHandoffExternal";

  // Variables of the hand-off's own instance (its forms and gateways).
  static final String HANDOFF_ID = "handoffId";
  static final String KIND = "handoffKind";
  static final String FROM_OPD = "handoffFromOpd";
  static final String FROM_OPD_NAME = "handoffFromOpdName";
  static final String TARGET_NAME = "handoffTargetName";
  static final String NEEDS_ARBITRATION = "handoffNeedsArbitration";
  static final String HISTORY = "handoffHistory";
  static final String ARBITRATION_OPTIONS = "arbitrationOptions";
  public static final String DECISION = "handoffDecision";
  public static final String RETURN_REASON = "handoffReturnReason";
  public static final String ARBITRATION_OWNER = "arbitrationOwner";
  public static final String ARBITRATION_REASON = "arbitrationReason";
  public static final String OVERDUE_FOLLOW_UP = "overdueFollowUp";
  public static final String AGENCY_ANSWER = "agencyAnswer";

  /** The hand-off's decisions in its acceptance form. */
  public static final String ACCEPT = "accept";
  public static final String RETURN = "return";

  // Element ids that tests and the API look for.
  public static final String ACCEPT_TASK = "UserTask_AcceptHandoff";
  public static final String ARBITRATE_TASK = "UserTask_Arbitrate";
  public static final String CHASE_TASK = "UserTask_ChaseAcceptance";
  public static final String ANSWER_TASK = "UserTask_RecordAgencyAnswer";
  public static final String ACCEPTANCE_OVERDUE = "BoundaryEvent_AcceptanceOverdue";
  public static final String ANSWER_REMINDER = "BoundaryEvent_AnswerReminder";

  /** What a hand-off ended with, as the caller reads it in {@link #OUTCOME}. */
  public enum Outcome {
    /** The target OPD took the case: it is the owner now. */
    ACCEPTED,
    /** The target OPD sent it back: the holder still owns it. */
    RETURNED,
    /** Sekda named the owner, for good. */
    ARBITRATED,
    /** The outside agency answered; the city's owner is unchanged. */
    ANSWERED
  }

  private AgencyHandoff() {
  }
}
