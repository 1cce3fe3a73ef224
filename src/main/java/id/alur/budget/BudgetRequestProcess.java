package id.alur.budget;

/**
 * The names {@code processes/budget/BudgetRequestProcess.bpmn}, its decisions and its forms use: the process key,
 * the ids tests look at, and variables. Nothing here is typed twice.
 */
public final class BudgetRequestProcess {

  public static final String KEY = "BudgetRequestProcess";
  /** Budget requests carry this tracking-number prefix (ANG-2026-000001, anggaran). */
  public static final String CASE_PREFIX = "ANG";
  public static final String SHIFT_AUTHORITY_DECISION = "BudgetShiftAuthority";
  public static final String PROCUREMENT_DECISION = "ProcurementMethod";
  public static final String IT_SPENDING_DECISION = "BudgetItSpending";

  // SLA clocks
  /** From the submission to the decision that the money may be spent; paused while the requester revises. */
  public static final String DECISION_CLOCK = "BudgetDecision";
  /** The budget holder's 2 HK to sign the SPM. */
  public static final String SPM_CLOCK = "SpmSigning";
  /** BPKAD's 2 HK to issue the SP2D. */
  public static final String SP2D_CLOCK = "Sp2dIssue";

  // the OPDs that take part
  public static final String BPKAD = "bpkad";
  public static final String BAPPEDA = "bappeda";
  public static final String SETDA = "setda";
  public static final String DISKOMINFO = "diskominfo";
  public static final String INSPEKTORAT = "inspektorat";

  // variables set by the steps
  public static final String OPD = "opd";
  public static final String OPD_HEADS = "opdHeads";
  public static final String TITLE = "requestTitle";
  public static final String SUMMARY = "requestSummary";
  public static final String AMOUNT = "amount";
  public static final String AMOUNT_TEXT = "amountText";
  public static final String URGENCY = "urgency";
  public static final String FUNDED = "funded";
  public static final String IT_SPENDING = "itSpending";
  public static final String SHIFT_LEVEL = "shiftLevel";
  public static final String SHIFT_AUTHORITY = "shiftAuthority";
  public static final String SHIFT_AUTHORITY_NAME = "shiftAuthorityName";
  public static final String SHIFT_APPROVER = "shiftApprover";
  public static final String SHIFT_APPROVER_OPD = "shiftApproverOpd";
  public static final String PROCUREMENT_METHOD = "procurementMethod";
  public static final String PROCUREMENT_METHOD_NAME = "procurementMethodName";
  public static final String APBD_WINDOW_OPEN = "apbdWindowOpen";
  public static final String APBD_DUE_AT = "apbdDueAt";
  public static final String REVIEW_OUTCOME = "reviewOutcome";
  public static final String REVIEW_REASON = "reviewReason";
  public static final String REVISION_REQUEST = "revisionRequest";
  public static final String SP2D_REJECT_BY = "sp2dRejectBy";
  // form fields
  public static final String REVISED_AMOUNT = "revisedAmount";
  public static final String REVISED_JUSTIFICATION = "revisedJustification";

  // user tasks
  public static final String BPKAD_VERIFICATION = "UserTask_BpkadVerification";
  public static final String BAPPEDA_PLAN_CHECK = "UserTask_BappedaPlanCheck";
  public static final String APPROVE_SHIFT = "UserTask_ApproveShift";
  public static final String APBD_OUTCOME = "UserTask_ApbdOutcome";
  public static final String IT_RECOMMENDATION = "UserTask_ItRecommendation";
  public static final String PROCUREMENT = "UserTask_Procurement";
  public static final String VERIFY_SPP = "UserTask_VerifySpp";
  public static final String SIGN_SPM = "UserTask_SignSpm";
  public static final String ISSUE_SP2D = "UserTask_IssueSp2d";
  public static final String RECORD_PAYMENT = "UserTask_RecordPayment";
  public static final String REVISE = "UserTask_Revise";
  // ends
  public static final String END_PAID = "EndEvent_Paid";
  public static final String END_REJECTED = "EndEvent_Rejected";
  public static final String END_SPM_REJECTED = "EndEvent_SpmRejected";
  public static final String END_DEFERRED = "EndEvent_Deferred";
  public static final String END_WITHDRAWN = "EndEvent_Withdrawn";

  /** How fast the request must go: darurat (an emergency) halves every deadline. */
  public enum Urgency {
    NORMAL, DARURAT
  }

  /** Who may approve a shift, as the table BudgetShiftAuthority names it. */
  public enum ShiftAuthority {
    /** Kepala BPKAD, as PPKD. */
    KEPALA_BPKAD,
    /** Sekretaris Daerah, as the chair of TAPD. */
    SEKDA,
    /** Nobody now: only the APBD-Perubahan (or next year's APBD) can move the money. */
    APBD_PERUBAHAN
  }

  private BudgetRequestProcess() {
  }
}
