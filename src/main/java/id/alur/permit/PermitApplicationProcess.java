package id.alur.permit;

/**
 * The names {@code processes/permit/PermitApplicationProcess.bpmn} and its forms use: the process key, the ids
 * of the elements tests and the public status look at, messages, and variables. Nothing here is typed twice.
 */
public final class PermitApplicationProcess {

  public static final String KEY = "PermitApplicationProcess";
  public static final String STANDARD_DECISION = "PermitServiceStandard";
  /** The case prefix of permits (tracking numbers PRM-2026-000123). */
  public static final String CASE_PREFIX = "PRM";
  /** The SLA clock of the whole service, from a complete file to the decision. */
  public static final String CLOCK = "PermitService";

  // messages
  public static final String PAID_MESSAGE = "PermitPaid";

  // variables: in from the submission
  public static final String PERMIT_TYPE = "permitType";
  // variables: set from the service standard
  public static final String PERMIT_TYPE_NAME = "permitTypeName";
  public static final String SLA_BUDGET = "slaBudget";
  public static final String TECHNICAL_OPD = "technicalOpd";
  public static final String SURVEY_REQUIRED = "surveyRequired";
  public static final String FEE_RULE = "feeRule";
  public static final String REQUIRED_DOCUMENTS = "requiredDocuments";
  public static final String APPLICATION_SUMMARY = "applicationSummary";
  /** The citizen's latest words (with a completed file or a revision), shown to the clerk who reads it next. */
  public static final String CITIZEN_RESPONSE = "citizenResponse";
  /** The OPD that reviews (the technical OPD, or whom Sekda named). */
  public static final String REVIEWER = "reviewer";
  public static final String PAYMENT_EXPIRES_AT = "paymentExpiresAt";
  public static final String SKRD_NUMBER = "skrdNumber";
  public static final String HOLDER_OPD = "holderOpd";
  public static final String HOLDER_HEADS = "holderHeads";
  public static final String PERMIT_NUMBER = "permitNumber";
  /** The OPDs the front office may send a returned review to (a Json list for the form's select). */
  public static final String OPD_OPTIONS = "opdOptions";
  /** When the service's SLA falls due, as the reminder task shows it. */
  public static final String SLA_DUE_TEXT = "slaDueText";
  // variables: the fields of the forms
  public static final String COMPLETENESS = "completeness";
  public static final String MISSING_ITEMS = "missingItems";
  public static final String RECOMMENDATION = "technicalRecommendation";
  public static final String TECHNICAL_NOTES = "technicalNotes";
  public static final String REVISION_REQUEST = "revisionRequest";
  public static final String REJECTION_REASON = "rejectionReason";
  public static final String SITE_FINDINGS = "siteFindings";
  public static final String SITE_SUITABLE = "siteSuitable";
  public static final String FEE_AMOUNT = "feeAmount";
  public static final String FEE_BASIS = "feeBasis";
  public static final String APPROVAL = "approvalDecision";
  public static final String CONDITIONS = "permitConditions";
  public static final String REMINDER_ACTION = "reminderAction";
  public static final String REDIRECT_REASON = "redirectReason";

  // user tasks
  public static final String CHECK_COMPLETENESS = "UserTask_CheckCompleteness";
  public static final String REDIRECT_REVIEW = "UserTask_RedirectReview";
  public static final String TECHNICAL_REVIEW = "UserTask_TechnicalReview";
  public static final String FIELD_SURVEY = "UserTask_FieldSurvey";
  public static final String ASSESS_FEE = "UserTask_AssessFee";
  public static final String APPROVE = "UserTask_ApprovePermit";
  public static final String SLA_REMINDER = "UserTask_SlaReminder";
  // other elements
  public static final String TECHNICAL_HANDOFF = "CallActivity_TechnicalHandoff";
  public static final String COMPLETION_LAPSED = "TimerEvent_CompletionLapsed";
  public static final String REVISION_LAPSED = "TimerEvent_RevisionLapsed";
  public static final String PAYMENT_EXPIRED = "TimerEvent_PaymentExpired";
  public static final String AWAIT_COMPLETION = "MessageEvent_FileCompleted";
  public static final String AWAIT_REVISION = "MessageEvent_RevisionReceived";
  public static final String AWAIT_PAYMENT = "MessageEvent_Paid";
  public static final String END_ISSUED = "EndEvent_Issued";
  public static final String END_REJECTED = "EndEvent_Rejected";
  public static final String END_LAPSED = "EndEvent_Lapsed";
  public static final String END_PAYMENT_EXPIRED = "EndEvent_PaymentExpired";
  public static final String END_DEEMED_GRANTED = "EndEvent_DeemedGranted";

  // values
  public static final String COMPLETE = "complete";
  public static final String INCOMPLETE = "incomplete";
  public static final String RECOMMEND = "recommend";
  public static final String REVISE = "revise";
  public static final String REJECT = "reject";
  public static final String APPROVE_DECISION = "approve";

  /** How a permit type is charged (the DMN's feeRule). */
  public enum FeeRule {
    /** Retribution waived by law (PBG for MBR houses). */
    WAIVED,
    /** The permit carries no retribution. */
    NONE,
    /** Retribution assessed by DPMPTSP and paid against an SKRD. */
    RETRIBUTION
  }

  private PermitApplicationProcess() {
  }
}
