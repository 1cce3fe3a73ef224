package id.alur.complaint;

import static id.alur.complaint.ComplaintHandlingProcess.FIRST_RESPONSE_CLOCK;
import static id.alur.complaint.ComplaintHandlingProcess.OMBUDSMAN_CLOCK;
import static id.alur.complaint.ComplaintHandlingProcess.RESOLUTION_CLOCK;
import static id.alur.complaint.ComplaintHandlingProcess.VERIFICATION_CLOCK;

import id.alur.audit.ProcessStepTrail;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.TrackingNumber;
import id.alur.complaint.ComplaintHandlingProcess.Tier;
import id.alur.handoff.HandoffSteps;
import id.alur.identity.StaffGroups;
import id.alur.sla.ClockOwner;
import id.alur.sla.SlaClock;
import id.alur.sla.SlaClocks;
import id.alur.sla.WorkAmount;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code ComplaintHandlingProcess} as the expression bean {@code complaint}: each service task calls
 * one method with {@code execution} and the form values it acts on; the method keeps the case's status, what the
 * complainant must do, the SLA clocks and the trail in step. Clocks: {@code Verification} (3 HK, the coordinator's),
 * then from dispatch {@code FirstResponse} (5 HK), {@code Resolution} (the tier's) and {@code OmbudsmanWindow} (60 HK),
 * all in the office hours of the OPD that holds the complaint.
 */
@Component("complaint")
public class ComplaintSteps {

  static final String INSPEKTORAT = "inspektorat";
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");
  private static final String VERIFICATION_BUDGET = "3HK";
  private static final String FIRST_RESPONSE_BUDGET = "5HK";
  private static final String OMBUDSMAN_BUDGET = "60HK";

  private final ComplaintRecords records;
  private final CaseRegistry cases;
  private final SlaClocks clocks;
  private final HandoffSteps handoffs;
  private final ProcessStepTrail steps;
  private final MessageSource messages;

  ComplaintSteps(ComplaintRecords records, CaseRegistry cases, SlaClocks clocks, HandoffSteps handoffs,
      ProcessStepTrail steps, MessageSource messages) {
    this.records = records;
    this.cases = cases;
    this.clocks = clocks;
    this.handoffs = handoffs;
    this.steps = steps;
    this.messages = messages;
  }

  /** What the forms show, and the coordinator's 3 HK to verify. */
  public void registered(DelegateExecution execution) {
    Complaint complaint = records.get(number(execution));
    execution.setVariable(ComplaintHandlingProcess.COMPLAINT_SUMMARY, summary(complaint));
    execution.setVariable(ComplaintHandlingProcess.OPD_OPTIONS,
        handoffs.opdOptions(ComplaintHandlingProcess.COORDINATOR_OPD));
    execution.setVariable(ComplaintHandlingProcess.EXTERNAL_OPTIONS, handoffs.externalAgencyOptions());
    execution.setVariable(ComplaintHandlingProcess.REOPEN_COUNT, complaint.reopenCount());
    execution.setVariable(ComplaintHandlingProcess.REOPEN_ALLOWED, true);
    start(execution, VERIFICATION_CLOCK, VERIFICATION_BUDGET, ComplaintHandlingProcess.COORDINATOR_OPD);
  }

  /** The coordinator asks the complainant: the verification clock waits for the answer. */
  public void askInfo(DelegateExecution execution, String infoRequest) {
    clocks.pause(execution.getProcessInstanceId(), VERIFICATION_CLOCK);
    ask(execution, CaseStatus.DITUNDA, ComplaintAction.PROVIDE_INFO, infoRequest);
    record(execution, "COMPLAINT_INFO_REQUESTED", Map.of("request", infoRequest));
  }

  public void infoReceived(DelegateExecution execution) {
    clocks.resume(execution.getProcessInstanceId(), VERIFICATION_CLOCK);
    ask(execution, CaseStatus.DITERIMA, ComplaintAction.WAIT, null);
  }

  public void archive(DelegateExecution execution, String archiveReason) {
    close(execution, CaseStatus.DIARSIPKAN, archiveReason);
    record(execution, "COMPLAINT_ARCHIVED", Map.of("reason", archiveReason));
  }

  /** No answer to the coordinator's question within 10 HK. */
  public void archiveUnanswered(DelegateExecution execution) {
    archive(execution, text("complaint.archivedUnanswered"));
  }

  /** "Bukan wewenang": the complaint is the outside agency's now; the city's part closes as Dialihkan. */
  public void handedOutside(DelegateExecution execution) {
    handoffs.closeAsHandedOutside(execution);
    stopClocks(execution);
    records.askCitizen(number(execution), ComplaintAction.NONE, text("complaint.handedOutside"));
  }

  public void agencyAnswered(DelegateExecution execution) {
    record(execution, "COMPLAINT_AGENCY_ANSWERED", Map.of());
  }

  /**
   * Dispatch to an OPD with a tier. Complaints "berkadar pengawasan" (conduct of officials) go to Inspektorat
   * whatever OPD was chosen.
   */
  public void dispatch(DelegateExecution execution, String dispatchOpd, String tier) {
    Tier chosen = Tier.valueOf(tier.toUpperCase(Locale.ROOT));
    String opd = chosen == Tier.BERKADAR_PENGAWASAN ? INSPEKTORAT : dispatchOpd;
    TrackingNumber number = TrackingNumber.parse(number(execution));
    stop(execution, VERIFICATION_CLOCK);
    if (!opd.equals(cases.get(number).owningOpd())) {
      cases.transferTo(number, opd);
    }
    cases.changeStatus(number, CaseStatus.DIDISPOSISIKAN);
    execution.setVariable(ComplaintHandlingProcess.TIER, chosen.name());
    execution.setVariable(ComplaintHandlingProcess.TIER_BUDGET, chosen.budget);
    holder(execution, opd);
    start(execution, FIRST_RESPONSE_CLOCK, FIRST_RESPONSE_BUDGET, opd);
    start(execution, RESOLUTION_CLOCK, chosen.budget, opd);
    start(execution, OMBUDSMAN_CLOCK, OMBUDSMAN_BUDGET, opd);
    record(execution, "COMPLAINT_DISPATCHED", Map.of("opd", opd, "tier", chosen.name()));
  }

  /** The OPD's first response reaches the complainant; the 5 HK clock stops. */
  public void firstResponded(DelegateExecution execution, String firstResponse) {
    stop(execution, FIRST_RESPONSE_CLOCK);
    records.recordFirstResponse(number(execution), firstResponse);
    ask(execution, CaseStatus.DITINDAKLANJUTI, ComplaintAction.WAIT, firstResponse);
    record(execution, "COMPLAINT_FIRST_RESPONSE", Map.of());
  }

  /** Another OPD accepted the complaint (or Sekda named it): it works on clocks of its own. */
  public void newOwner(DelegateExecution execution) {
    String opd = text(execution, ComplaintHandlingProcess.OPD);
    stop(execution, FIRST_RESPONSE_CLOCK);
    stop(execution, RESOLUTION_CLOCK);
    holder(execution, opd);
    start(execution, FIRST_RESPONSE_CLOCK, FIRST_RESPONSE_BUDGET, opd);
    start(execution, RESOLUTION_CLOCK, text(execution, ComplaintHandlingProcess.TIER_BUDGET), opd);
  }

  public void answerReturned(DelegateExecution execution, String headNote) {
    record(execution, "COMPLAINT_ANSWER_RETURNED", Map.of("note", headNote));
  }

  /** The head approved the answer: the tier's clock stops; the coordinator cross-checks it. */
  public void answerApproved(DelegateExecution execution, String answer) {
    stop(execution, RESOLUTION_CLOCK);
    records.recordAnswer(number(execution), answer);
    record(execution, "COMPLAINT_ANSWER_APPROVED", Map.of());
  }

  public void sentBack(DelegateExecution execution, String crossCheckNote) {
    record(execution, "COMPLAINT_ANSWER_SENT_BACK", Map.of("note", crossCheckNote));
  }

  /** The complainant reads the answer and has 10 HK to confirm it or to reopen the complaint. */
  public void askConfirmation(DelegateExecution execution) {
    Complaint complaint = records.get(number(execution));
    execution.setVariable(ComplaintHandlingProcess.REOPEN_ALLOWED,
        complaint.reopenCount() < ComplaintHandlingProcess.MAX_REOPENINGS);
    ask(execution, CaseStatus.MENUNGGU_TANGGAPAN_PELAPOR, ComplaintAction.CONFIRM, complaint.answer().orElse(""));
  }

  public void confirmed(DelegateExecution execution, Object rating, Object ratingComment) {
    String number = number(execution);
    if (rating instanceof Number stars) {
      records.recordRating(number, stars.intValue(), ratingComment == null ? null : ratingComment.toString());
    }
    close(execution, CaseStatus.SELESAI, null);
    record(execution, "COMPLAINT_CLOSED", Map.of("rating", rating == null ? "-" : rating));
  }

  /** Reopened by the complainant: back to the same OPD, with the tier's time again. */
  public void reopened(DelegateExecution execution, Object ratingComment) {
    int count = records.reopened(number(execution));
    execution.setVariable(ComplaintHandlingProcess.REOPEN_COUNT, count);
    String opd = text(execution, ComplaintHandlingProcess.OPD);
    start(execution, RESOLUTION_CLOCK, text(execution, ComplaintHandlingProcess.TIER_BUDGET), opd);
    ask(execution, CaseStatus.DIBUKA_KEMBALI, ComplaintAction.WAIT, null);
    record(execution, "COMPLAINT_REOPENED", Map.of("reopenings", count));
  }

  /** The complainant did not answer within 10 HK: the complaint is closed as Selesai. */
  public void closedBySilence(DelegateExecution execution) {
    close(execution, CaseStatus.SELESAI, null);
    record(execution, "COMPLAINT_CLOSED", Map.of("silence", true));
  }

  public void firstResponseOverdue(DelegateExecution execution) {
    record(execution, "COMPLAINT_FIRST_RESPONSE_OVERDUE", Map.of("opd", text(execution, ComplaintHandlingProcess.OPD)));
  }

  public void tierOverdue(DelegateExecution execution) {
    record(execution, "COMPLAINT_ESCALATED", Map.of("opd", text(execution, ComplaintHandlingProcess.OPD),
        "tier", text(execution, ComplaintHandlingProcess.TIER)));
  }

  public void escalationHandled(DelegateExecution execution, String escalationAction) {
    record(execution, "COMPLAINT_ESCALATION_HANDLED", Map.of("action", escalationAction));
  }

  /** 60 HK since dispatch: the complainant is told of the right to report to Ombudsman Banten. */
  public void ombudsmanWindow(DelegateExecution execution) {
    records.askCitizen(number(execution), records.get(number(execution)).citizenAction(), text("complaint.ombudsman"));
    record(execution, "COMPLAINT_OMBUDSMAN_NOTICE", Map.of());
  }

  public void inspektoratReviewed(DelegateExecution execution, String inspektoratNote) {
    record(execution, "COMPLAINT_INSPEKTORAT_REVIEWED", Map.of("note", inspektoratNote));
  }

  private void holder(DelegateExecution execution, String opd) {
    execution.setVariable(ComplaintHandlingProcess.OPD, opd);
    execution.setVariable(ComplaintHandlingProcess.OPD_HEADS, StaffGroups.headsOf(opd));
  }

  private void ask(DelegateExecution execution, CaseStatus status, ComplaintAction action, String request) {
    String number = number(execution);
    records.askCitizen(number, action, request);
    cases.changeStatus(TrackingNumber.parse(number), status);
  }

  private void close(DelegateExecution execution, CaseStatus status, String request) {
    stopClocks(execution);
    ask(execution, status, ComplaintAction.NONE, request);
  }

  private void start(DelegateExecution execution, String clock, String budget, String opd) {
    clocks.start(ClockOwner.of(execution), clock, WorkAmount.parse(budget), Optional.of(opd));
  }

  private void stop(DelegateExecution execution, String clock) {
    clocks.stopIfActive(execution.getProcessInstanceId(), clock);
  }

  private void stopClocks(DelegateExecution execution) {
    clocks.stopAll(execution.getProcessInstanceId());
  }

  private Optional<SlaClock> active(DelegateExecution execution, String name) {
    return clocks.findActive(execution.getProcessInstanceId(), name);
  }

  /** What staff forms show: no contact at all, and no name when the complainant asked to stay anonymous. */
  private String summary(Complaint complaint) {
    String who = complaint.anonymous() ? text("complaint.anonymous") : complaint.complainant().name();
    return text("complaint.summary", text("complaint.category." + complaint.category()), complaint.kelurahan(),
        complaint.trackingNumber(), who,
        complaint.description());
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, key, INDONESIAN);
  }

  private static String number(DelegateExecution execution) {
    return ProcessStepTrail.trackingNumber(execution);
  }

  private static String text(DelegateExecution execution, String variable) {
    return ProcessStepTrail.text(execution, variable);
  }

  private void record(DelegateExecution execution, String action, Map<String, Object> details) {
    steps.record(execution, action, details);
  }

  private String actor() {
    return steps.actor();
  }

}
