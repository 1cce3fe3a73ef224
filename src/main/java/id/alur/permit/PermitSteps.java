package id.alur.permit;

import static id.alur.permit.PermitApplicationProcess.CLOCK;

import id.alur.audit.ProcessStepTrail;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.TrackingNumber;
import id.alur.handoff.AgencyHandoff;
import id.alur.handoff.HandoffSteps;
import id.alur.identity.StaffGroups;
import id.alur.sla.ClockOwner;
import id.alur.sla.SlaClock;
import id.alur.sla.SlaClocks;
import id.alur.sla.WorkAmount;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code PermitApplicationProcess} as the expression bean {@code permit}: each service task calls
 * one method with {@code execution} and the form values it acts on, and the method keeps the case's status,
 * what the citizen must do, the SLA clock {@value PermitApplicationProcess#CLOCK} and the trail in step with
 * the process. The clock runs from a complete file to the decision and is paused while the citizen revises or
 * pays: waiting on the citizen is not the city's time.
 */
@Component("permit")
public class PermitSteps {

  static final String FRONT_OFFICE = "dpmptsp";

  private final PermitApplications applications;
  private final PermitPayments payments;
  private final PermitCertificates certificates;
  private final CaseRegistry cases;
  private final SlaClocks clocks;
  private final ProcessStepTrail steps;
  private final PermitTexts texts;
  private final HandoffSteps handoffs;

  PermitSteps(PermitApplications applications, PermitPayments payments, PermitCertificates certificates,
      CaseRegistry cases, SlaClocks clocks, ProcessStepTrail steps,
      PermitTexts texts, HandoffSteps handoffs) {
    this.applications = applications;
    this.payments = payments;
    this.certificates = certificates;
    this.cases = cases;
    this.clocks = clocks;
    this.steps = steps;
    this.texts = texts;
    this.handoffs = handoffs;
  }

  /** Gives the process what its gateways and forms need from the application, and nothing personal but the name. */
  public void registered(DelegateExecution execution) {
    PermitApplication application = application(execution);
    PermitStandard standard = application.standard();
    execution.setVariable(PermitApplicationProcess.PERMIT_TYPE_NAME, standard.permitTypeName());
    execution.setVariable(PermitApplicationProcess.SLA_BUDGET, standard.slaBudget());
    execution.setVariable(PermitApplicationProcess.TECHNICAL_OPD, standard.technicalOpd());
    execution.setVariable(PermitApplicationProcess.SURVEY_REQUIRED, standard.surveyRequired());
    execution.setVariable(PermitApplicationProcess.FEE_RULE, standard.feeRule().name());
    execution.setVariable(PermitApplicationProcess.REQUIRED_DOCUMENTS, standard.requiredDocuments().replace("; ", "\n"));
    execution.setVariable(PermitApplicationProcess.APPLICATION_SUMMARY, summary(application));
    execution.setVariable(PermitApplicationProcess.CITIZEN_RESPONSE, "");
  }

  /** The front office returns an incomplete file: the clock has not started; the citizen has 10 HK. */
  public void returnIncomplete(DelegateExecution execution, String missingItems) {
    String number = number(execution);
    applications.askCitizen(number, PermitAction.COMPLETE_FILE, missingItems);
    cases.changeStatus(TrackingNumber.parse(number), CaseStatus.DIKEMBALIKAN);
    record(execution, "PERMIT_RETURNED_INCOMPLETE", Map.of("missingItems", missingItems));
  }

  /** The citizen sent what was asked for: the front office looks again. */
  public void fileResubmitted(DelegateExecution execution) {
    String number = number(execution);
    applications.askCitizen(number, PermitAction.WAIT, null);
    cases.changeStatus(TrackingNumber.parse(number), CaseStatus.DIAJUKAN);
  }

  /**
   * The file is complete: the service's clock starts (in DPMPTSP's office hours) and the case goes to the
   * technical OPD for review through the hand-off.
   */
  public void fileComplete(DelegateExecution execution) {
    PermitApplication application = application(execution);
    clocks.start(ClockOwner.of(execution), CLOCK, WorkAmount.parse(application.standard().slaBudget()),
        Optional.of(FRONT_OFFICE));
    cases.changeStatus(TrackingNumber.parse(application.trackingNumber()), CaseStatus.VERIFIKASI_TEKNIS);
    execution.setVariable(AgencyHandoff.TARGET, application.standard().technicalOpd());
    execution.setVariable(AgencyHandoff.REASON, texts.reviewReason(application));
    execution.setVariable(PermitApplicationProcess.OPD_OPTIONS, handoffs.opdOptions(FRONT_OFFICE));
    record(execution, "PERMIT_FILE_COMPLETE", Map.of("slaBudget", application.standard().slaBudget()));
  }

  /** The technical OPD asks for a revision: the clock pauses while the citizen revises. */
  public void askRevision(DelegateExecution execution, String revisionRequest, String technicalNotes) {
    String number = number(execution);
    applications.recordTechnicalNotes(number, technicalNotes);
    applications.askCitizen(number, PermitAction.REVISE, revisionRequest);
    clocks.pause(execution.getProcessInstanceId(), CLOCK);
    cases.changeStatus(TrackingNumber.parse(number), CaseStatus.PERBAIKAN);
    record(execution, "PERMIT_REVISION_REQUESTED", Map.of("revisionRequest", revisionRequest));
  }

  /** The revision arrived: the clock goes on with the time it had left, and the reviewer looks again. */
  public void revisionReceived(DelegateExecution execution) {
    String number = number(execution);
    applications.askCitizen(number, PermitAction.WAIT, null);
    clocks.resume(execution.getProcessInstanceId(), CLOCK);
    cases.changeStatus(TrackingNumber.parse(number), CaseStatus.VERIFIKASI_TEKNIS);
  }

  /** The technical OPD recommends the permit; a survey follows when the standard says so. */
  public void recommended(DelegateExecution execution, String technicalNotes) {
    String number = number(execution);
    applications.recordTechnicalNotes(number, technicalNotes);
    if (Boolean.TRUE.equals(execution.getVariable(PermitApplicationProcess.SURVEY_REQUIRED))) {
      cases.changeStatus(TrackingNumber.parse(number), CaseStatus.SURVEI_LAPANGAN);
    }
    record(execution, "PERMIT_RECOMMENDED", Map.of("reviewer", text(execution, PermitApplicationProcess.REVIEWER)));
  }

  /** The survey's site report (BAPL) is kept with the application. */
  public void siteReported(DelegateExecution execution, String siteFindings, String siteSuitable) {
    applications.recordSiteFindings(number(execution), siteFindings);
    record(execution, "PERMIT_SITE_REPORTED", Map.of("suitable", siteSuitable));
  }

  /** The review is done: the case is DPMPTSP's again for the fee (when there is one) and the decision. */
  public void backToFrontOffice(DelegateExecution execution) {
    TrackingNumber number = TrackingNumber.parse(number(execution));
    if (!FRONT_OFFICE.equals(cases.get(number).owningOpd())) {
      cases.transferTo(number, FRONT_OFFICE);
    }
    cases.changeStatus(number, CaseStatus.MENUNGGU_PENETAPAN);
  }

  /** Issues the SKRD: the citizen pays before it expires; the clock pauses meanwhile. */
  public void issueSkrd(DelegateExecution execution, Object feeAmount, String feeBasis) {
    String number = number(execution);
    long amount = ((Number) feeAmount).longValue();
    PermitPayments.Payment payment = payments.issue(number, amount, feeBasis, now());
    execution.setVariable(PermitApplicationProcess.SKRD_NUMBER, payment.skrdNumber());
    execution.setVariable(PermitApplicationProcess.PAYMENT_EXPIRES_AT, Date.from(payment.expiresAt()));
    applications.askCitizen(number, PermitAction.PAY, texts.payRequest(payment));
    clocks.pause(execution.getProcessInstanceId(), CLOCK);
    cases.changeStatus(TrackingNumber.parse(number), CaseStatus.MENUNGGU_PEMBAYARAN);
    record(execution, "PERMIT_SKRD_ISSUED", Map.of("skrdNumber", payment.skrdNumber(), "amount", amount));
  }

  /** Paid (the callback correlated the payment): the clock goes on; the head of DPMPTSP decides. */
  public void paid(DelegateExecution execution) {
    String number = number(execution);
    applications.askCitizen(number, PermitAction.WAIT, null);
    clocks.resume(execution.getProcessInstanceId(), CLOCK);
    cases.changeStatus(TrackingNumber.parse(number), CaseStatus.MENUNGGU_PENETAPAN);
  }

  /** The SKRD expired unpaid: the application is closed. */
  public void paymentExpired(DelegateExecution execution) {
    String number = number(execution);
    payments.expire(text(execution, PermitApplicationProcess.SKRD_NUMBER));
    close(execution, CaseStatus.DIHENTIKAN, PermitAction.NONE, texts.paymentExpired());
    record(execution, "PERMIT_PAYMENT_EXPIRED", Map.of("skrdNumber", text(execution,
        PermitApplicationProcess.SKRD_NUMBER)));
  }

  /** The citizen did not complete the file or the revision in time: the application is closed (Dihentikan). */
  public void lapsed(DelegateExecution execution) {
    close(execution, CaseStatus.DIHENTIKAN, PermitAction.NONE, texts.lapsed());
    record(execution, "PERMIT_LAPSED", Map.of());
  }

  /** Rejected, by the technical OPD, on the site report, or by the head of DPMPTSP, with a reason. */
  public void reject(DelegateExecution execution, String rejectionReason) {
    applications.recordDecisionReason(number(execution), rejectionReason);
    close(execution, CaseStatus.DITOLAK, PermitAction.NONE, rejectionReason);
    record(execution, "PERMIT_REJECTED", Map.of("reason", rejectionReason));
  }

  /** The head of DPMPTSP approves: the permit is numbered, signed and issued. */
  public void issue(DelegateExecution execution, String permitConditions) {
    List<String> conditions = Arrays.stream(permitConditions.split("\\R")).map(String::strip)
        .filter(line -> !line.isEmpty()).toList();
    IssuedPermit permit = grant(execution, conditions, false);
    close(execution, CaseStatus.TERBIT, PermitAction.DOWNLOAD, permit.number());
  }

  /**
   * The SLA lapsed before a decision: by law (UU 30/2014 pasal 53 as amended by UU 6/2023) the application is
   * deemed granted. The system issues the permit itself and records the breach against the OPD holding the case.
   */
  public void deemGranted(DelegateExecution execution) {
    String number = number(execution);
    String holder = cases.get(TrackingNumber.parse(number)).owningOpd();
    applications.recordBreach(number, holder);
    // The breach may cancel the technical hand-off while it waits for acceptance or for Sekda.
    handoffs.withdrawOpen(number, texts.handoffWithdrawn());
    IssuedPermit permit = grant(execution, List.of(texts.deemedGrantedCondition()), true);
    close(execution, CaseStatus.DIANGGAP_DIKABULKAN, PermitAction.DOWNLOAD, permit.number());
    record(execution, "PERMIT_DEEMED_GRANTED", Map.of("breachedOpd", holder, "permitNumber", permit.number()));
  }

  /** 75% of the SLA is used: the head of the OPD holding the case gets a reminder task. */
  public void reminderDue(DelegateExecution execution) {
    String holder = cases.get(TrackingNumber.parse(number(execution))).owningOpd();
    execution.setVariable(PermitApplicationProcess.HOLDER_OPD, holder);
    execution.setVariable(PermitApplicationProcess.HOLDER_HEADS, StaffGroups.headsOf(holder));
    execution.setVariable(PermitApplicationProcess.SLA_DUE_TEXT, clock(execution).flatMap(SlaClock::dueAt)
        .map(texts::dateTime).orElse("-"));
    record(execution, "PERMIT_SLA_REMINDER", Map.of("holder", holder));
  }

  /** What the head did about the reminder is kept on the trail. */
  public void reminderHandled(DelegateExecution execution, String reminderAction) {
    record(execution, "PERMIT_SLA_REMINDER_HANDLED", Map.of("action", reminderAction));
  }

  private IssuedPermit grant(DelegateExecution execution, List<String> conditions, boolean deemed) {
    PermitApplication application = application(execution);
    PermitContent content = new PermitContent(application.trackingNumber(), application.standard().permitType(),
        application.standard().permitTypeName(), application.applicant().name(), application.objectDescription(),
        application.objectLocation(), conditions, deemed);
    IssuedPermit permit = certificates.issue(TrackingNumber.parse(application.trackingNumber()),
        application.standard().numberCode(), content, actor());
    execution.setVariable(PermitApplicationProcess.PERMIT_NUMBER, permit.number());
    return permit;
  }

  private void close(DelegateExecution execution, CaseStatus status, PermitAction action, String detail) {
    String number = number(execution);
    clocks.stopIfActive(execution.getProcessInstanceId(), CLOCK);
    applications.askCitizen(number, action, detail);
    cases.changeStatus(TrackingNumber.parse(number), status);
  }

  private Optional<SlaClock> clock(DelegateExecution execution) {
    return clocks.findActive(execution.getProcessInstanceId(), CLOCK);
  }

  private String summary(PermitApplication application) {
    return texts.summary(application);
  }

  private PermitApplication application(DelegateExecution execution) {
    return applications.get(number(execution));
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


  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
