package id.alur.complaint;

/**
 * The names {@code processes/complaint/ComplaintHandlingProcess.bpmn}, its forms and the complaint API use: the
 * process key, messages, clocks, variables and element ids. Nothing here is typed twice.
 */
public final class ComplaintHandlingProcess {

  public static final String KEY = "ComplaintHandlingProcess";
  /** The case prefix of complaints (tracking numbers ADU-2026-000123). */
  public static final String CASE_PREFIX = "ADU";
  /** The coordinator's OPD, which owns a complaint until it is dispatched. */
  public static final String COORDINATOR_OPD = "diskominfo";

  // SLA clocks
  public static final String VERIFICATION_CLOCK = "Verification";
  public static final String FIRST_RESPONSE_CLOCK = "FirstResponse";
  public static final String RESOLUTION_CLOCK = "Resolution";
  /** 60 HK from dispatch: Inspektorat takes a look and the citizen is told of Ombudsman Banten. */
  public static final String OMBUDSMAN_CLOCK = "OmbudsmanWindow";

  // messages
  /** The citizen's last word: confirm with a rating, or reopen (variables CLOSURE_DECISION, RATING, RATING_COMMENT). */
  public static final String CLOSURE_MESSAGE = "ComplaintClosure";

  // variables set at submission or by the steps
  public static final String CATEGORY = "category";
  public static final String PROPOSED_OPD = "proposedOpd";
  public static final String PROPOSED_EXTERNAL = "proposedExternal";
  public static final String OPD = "opd";
  public static final String OPD_HEADS = "opdHeads";
  public static final String TIER = "tier";
  /** The tier's deadline as a working amount ({@code 5HK}), for the answer task's due date and restarted clocks. */
  public static final String TIER_BUDGET = "tierBudget";
  public static final String COMPLAINT_SUMMARY = "complaintSummary";
  public static final String OPD_OPTIONS = "opdOptions";
  public static final String EXTERNAL_OPTIONS = "externalOptions";
  public static final String REOPEN_COUNT = "reopenCount";
  public static final String REOPEN_ALLOWED = "reopenAllowed";
  // variables: the citizen's closure
  public static final String CLOSURE_DECISION = "closureDecision";
  public static final String RATING = "rating";
  public static final String RATING_COMMENT = "ratingComment";
  public static final String CONFIRM = "confirm";
  public static final String REOPEN = "reopen";
  /** At most this many reopenings; after them the citizen may only confirm (or stay silent). */
  public static final int MAX_REOPENINGS = 2;

  // element ids the citizen API reads (ComplaintNextSteps: by when the citizen must act)
  /** The timer that archives a complaint whose complainant did not give the information asked for. */
  public static final String INFO_LAPSED = "TimerEvent_InfoLapsed";
  /** The timer that closes an answered complaint as Selesai when the complainant stays silent. */
  public static final String CLOSURE_SILENCE = "TimerEvent_ClosureSilence";

  /** The tiers set at verification and their deadlines (SP4N-LAPOR! practice). */
  public enum Tier {
    RINGAN("2HK"), NORMATIF("5HK"), TIDAK_BERKADAR_PENGAWASAN("14HK"), BERKADAR_PENGAWASAN("60HK");

    public final String budget;

    Tier(String budget) {
      this.budget = budget;
    }
  }

  private ComplaintHandlingProcess() {
  }
}
