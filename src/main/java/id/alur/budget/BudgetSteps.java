package id.alur.budget;

import static id.alur.budget.BudgetRequestProcess.DECISION_CLOCK;
import static id.alur.budget.BudgetRequestProcess.SP2D_CLOCK;
import static id.alur.budget.BudgetRequestProcess.SPM_CLOCK;

import id.alur.audit.ProcessStepTrail;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.TrackingNumber;
import id.alur.identity.StaffGroups;
import id.alur.sla.ClockOwner;
import id.alur.sla.SlaClock;
import id.alur.sla.SlaClocks;
import id.alur.sla.SlaExpressions;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code BudgetRequestProcess} as the expression bean {@code budget}: each service task calls one
 * method with {@code execution} and the form values it acts on, and the method keeps the request, the case's
 * status, the SLA clocks and the trail in step with the process. The clock {@value BudgetRequestProcess#DECISION_CLOCK}
 * runs from the submission to the decision that the money may be spent and is paused while the requester revises;
 * {@value BudgetRequestProcess#SPM_CLOCK} and {@value BudgetRequestProcess#SP2D_CLOCK} time the budget holder and BPKAD.
 */
@Component("budget")
public class BudgetSteps {

  static final String OK = "ok";
  static final String REVISE = "revise";
  static final String REJECT = "reject";

  private final BudgetRequests requests;
  private final BudgetRules rules;
  private final BudgetTexts texts;
  private final ApbdPerubahanWindow window;
  private final CaseRegistry cases;
  private final SlaClocks clocks;
  private final SlaExpressions deadlines;
  private final ProcessStepTrail steps;
  private final ZoneId zone;

  BudgetSteps(BudgetRequests requests, BudgetRules rules, BudgetTexts texts, ApbdPerubahanWindow window,
      CaseRegistry cases, SlaClocks clocks, SlaExpressions deadlines, ProcessStepTrail steps,
      @Value("${alur.cases.zone}") ZoneId zone) {
    this.requests = requests;
    this.rules = rules;
    this.texts = texts;
    this.window = window;
    this.cases = cases;
    this.clocks = clocks;
    this.deadlines = deadlines;
    this.steps = steps;
    this.zone = zone;
  }

  /**
   * Applies the decision tables to the request (IT spending, procurement method, and for a shift its level and
   * authority), gives the process and its forms what they show, and starts the decision clock.
   */
  public void registered(DelegateExecution execution) {
    BudgetRequest request = request(execution);
    String opd = request.requestingOpd();
    boolean itSpending = rules.itSpending(request.targetAccount());
    BudgetRules.Procurement procurement = rules.procurement(request.amount(), request.catalogueItem());
    Optional<ShiftLevel> level = request.fundedInDpa() ? Optional.empty() : request.shift();
    Optional<BudgetRules.Authority> authority = level.map(rules::shiftAuthority);
    requests.recordDecided(request.trackingNumber(), itSpending, level,
        authority.map(found -> found.authority().name()), procurement.method());
    execution.setVariable(BudgetRequestProcess.OPD, opd);
    execution.setVariable(BudgetRequestProcess.OPD_HEADS, StaffGroups.headsOf(opd));
    execution.setVariable(BudgetRequestProcess.TITLE, request.title());
    execution.setVariable(BudgetRequestProcess.URGENCY, request.urgency().name());
    execution.setVariable(BudgetRequestProcess.FUNDED, request.fundedInDpa());
    execution.setVariable(BudgetRequestProcess.IT_SPENDING, itSpending);
    execution.setVariables(BudgetDeadlines.variables(request.urgency()));
    showAmount(execution, request, procurement);
    authority.ifPresent(found -> {
      execution.setVariable(BudgetRequestProcess.SHIFT_LEVEL, level.orElseThrow().name());
      execution.setVariable(BudgetRequestProcess.SHIFT_AUTHORITY, found.authority().name());
      execution.setVariable(BudgetRequestProcess.SHIFT_AUTHORITY_NAME, found.name());
      execution.setVariable(BudgetRequestProcess.SHIFT_APPROVER, found.approverGroup());
      execution.setVariable(BudgetRequestProcess.SHIFT_APPROVER_OPD, found.approverOpd());
    });
    clocks.start(ClockOwner.of(execution), DECISION_CLOCK, BudgetDeadlines.DECISION.amount(request.urgency()),
        Optional.empty());
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("fundedInDpa", request.fundedInDpa());
    details.put("itSpending", itSpending);
    details.put("procurementMethod", procurement.method());
    level.ifPresent(found -> details.put("shiftLevel", found.name()));
    authority.ifPresent(found -> details.put("shiftAuthority", found.authority().name()));
    record(execution, "BUDGET_REQUEST_REGISTERED", details);
  }

  /**
   * The shift needs a change of the APBD: the decision clock stops (the rest is the legislature's calendar). While
   * this year's APBD-P window is open the request waits for it; after, it is deferred to next year's planning.
   */
  public void notAllowedNow(DelegateExecution execution) {
    String number = number(execution);
    clocks.stopIfActive(execution.getProcessInstanceId(), DECISION_CLOCK);
    Instant now = now();
    boolean open = window.isOpen(now);
    execution.setVariable(BudgetRequestProcess.APBD_WINDOW_OPEN, open);
    if (open) {
      Instant closes = window.closesAt(now);
      execution.setVariable(BudgetRequestProcess.APBD_DUE_AT, Date.from(closes));
      requests.recordOutcomeNote(number, texts.queuedForApbdPerubahan(date(closes)));
      cases.changeStatus(TrackingNumber.parse(number), CaseStatus.MENUNGGU_APBD_P);
    }
    record(execution, open ? "BUDGET_QUEUED_FOR_APBD_P" : "BUDGET_APBD_P_WINDOW_CLOSED", Map.of());
  }

  /** The APBD-P holds the money: the request goes on as a funded one. */
  public void includedInApbdPerubahan(DelegateExecution execution, String apbdNote) {
    String number = number(execution);
    execution.setVariable(BudgetRequestProcess.FUNDED, true);
    requests.recordOutcomeNote(number, apbdNote);
    cases.changeStatus(TrackingNumber.parse(number), CaseStatus.DISETUJUI);
    record(execution, "BUDGET_INCLUDED_IN_APBD_P", Map.of("note", apbdNote));
  }

  /** The APBD-P left the request out: it goes to next year's planning. */
  public void notInApbdPerubahan(DelegateExecution execution, String apbdNote) {
    close(execution, CaseStatus.DIUSULKAN_TAHUN_DEPAN, texts.notInApbdPerubahan(window.nextPlanningYear(now()),
        apbdNote));
    record(execution, "BUDGET_DEFERRED_TO_PLANNING", Map.of("note", apbdNote));
  }

  /** The APBD-P window had closed when the request came: it goes to next year's planning. */
  public void deferredToPlanning(DelegateExecution execution) {
    int year = window.nextPlanningYear(now());
    close(execution, CaseStatus.DIUSULKAN_TAHUN_DEPAN, texts.deferredToPlanning(year));
    record(execution, "BUDGET_DEFERRED_TO_PLANNING", Map.of("planningYear", year));
  }

  /** BPKAD verifies and Bappeda checks the plan, side by side; Inspektorat receives a copy (tembusan). */
  public void shiftReviewStarts(DelegateExecution execution) {
    record(execution, "BUDGET_COPIED_TO_INSPEKTORAT", Map.of("copiedTo", BudgetRequestProcess.INSPEKTORAT,
        "shiftAuthority", text(execution, BudgetRequestProcess.SHIFT_AUTHORITY)));
  }

  /**
   * Both checks are in: a rejection by either rejects the request, a revision asked by either sends it back, and
   * two agreeing checks put it before the approving authority. The reason given is what those who objected wrote.
   */
  public void reviewsDone(DelegateExecution execution, String bpkadVerification, String bpkadNote,
      String bappedaCheck, String bappedaNote) {
    List<String> outcomes = List.of(outcome(bpkadVerification), outcome(bappedaCheck));
    String outcome = outcomes.contains(REJECT) ? REJECT : outcomes.contains(REVISE) ? REVISE : OK;
    List<String> reasons = new ArrayList<>();
    if (!OK.equals(bpkadVerification)) {
      reasons.add("BPKAD: " + bpkadNote);
    }
    if (!OK.equals(bappedaCheck)) {
      reasons.add("Bappeda: " + bappedaNote);
    }
    execution.setVariable(BudgetRequestProcess.REVIEW_OUTCOME, outcome);
    execution.setVariable(BudgetRequestProcess.REVIEW_REASON, String.join("\n", reasons));
    if (OK.equals(outcome)) {
      cases.changeStatus(TrackingNumber.parse(number(execution)), CaseStatus.DIVERIFIKASI);
    }
    record(execution, "BUDGET_REVIEWED", Map.of("bpkad", bpkadVerification, "bappeda", bappedaCheck));
  }

  /** The authority approves the shift. */
  public void shiftApproved(DelegateExecution execution) {
    cases.changeStatus(TrackingNumber.parse(number(execution)), CaseStatus.DISETUJUI);
    record(execution, "BUDGET_SHIFT_APPROVED", Map.of("authority", text(execution,
        BudgetRequestProcess.SHIFT_AUTHORITY)));
  }

  /** Rejected, with the reason its author wrote (a check, the authority, or the budget holder at the SPM). */
  public void reject(DelegateExecution execution, String reason) {
    close(execution, CaseStatus.DITOLAK, reason);
    record(execution, "BUDGET_REJECTED", Map.of("reason", reason));
  }

  /** Back to the requester with what to change: the decision clock pauses while they revise. */
  public void askRevision(DelegateExecution execution, String revisionRequest) {
    String number = number(execution);
    BudgetRequest request = requests.get(number);
    clock(execution, DECISION_CLOCK).filter(clock -> clock.state() == SlaClock.State.RUNNING)
        .ifPresent(running -> clocks.pause(execution.getProcessInstanceId(), DECISION_CLOCK));
    execution.setVariable(BudgetRequestProcess.REVISION_REQUEST, revisionRequest);
    execution.setVariable(BudgetRequestProcess.REVISED_AMOUNT, request.amount());
    execution.setVariable(BudgetRequestProcess.REVISED_JUSTIFICATION, request.justification());
    requests.recordOutcomeNote(number, revisionRequest);
    cases.changeStatus(TrackingNumber.parse(number), CaseStatus.PERLU_PERBAIKAN);
    record(execution, "BUDGET_REVISION_REQUESTED", Map.of("request", revisionRequest));
  }

  /** The requester resubmits: amount and justification as revised; the tables apply again; the clock goes on. */
  public void revised(DelegateExecution execution, Object revisedAmount, String revisedJustification) {
    String number = number(execution);
    long amount = ((Number) revisedAmount).longValue();
    if (amount <= 0 || amount > NewBudgetRequest.MAX_AMOUNT) {
      throw new IllegalArgumentException("revisedAmount out of range: " + amount);
    }
    BudgetRequest before = requests.get(number);
    BudgetRules.Procurement procurement = rules.procurement(amount, before.catalogueItem());
    requests.revise(number, amount, revisedJustification.strip(), procurement.method());
    showAmount(execution, requests.get(number), procurement);
    clock(execution, DECISION_CLOCK).filter(clock -> clock.state() == SlaClock.State.PAUSED)
        .ifPresent(paused -> clocks.resume(execution.getProcessInstanceId(), DECISION_CLOCK));
    cases.changeStatus(TrackingNumber.parse(number), CaseStatus.DIAJUKAN);
    record(execution, "BUDGET_REQUEST_REVISED", Map.of("amountBefore", before.amount(), "amount", amount));
  }

  /** The requester withdraws the request instead of revising it. */
  public void withdrawn(DelegateExecution execution) {
    close(execution, CaseStatus.DIHENTIKAN, null);
    record(execution, "BUDGET_REQUEST_WITHDRAWN", Map.of());
  }

  /** Diskominfo recommends the IT spending (SPBE). */
  public void itRecommended(DelegateExecution execution, String itNote) {
    record(execution, "BUDGET_IT_RECOMMENDED", Map.of("note", itNote));
  }

  /** The money may be spent: the decision clock stops and the OPD procures. */
  public void procurementStarts(DelegateExecution execution) {
    clocks.stopIfActive(execution.getProcessInstanceId(), DECISION_CLOCK);
    cases.changeStatus(TrackingNumber.parse(number(execution)), CaseStatus.DISETUJUI);
    record(execution, "BUDGET_PROCUREMENT_STARTED", Map.of("method", text(execution,
        BudgetRequestProcess.PROCUREMENT_METHOD)));
  }

  public void procured(DelegateExecution execution, String vendorName, String contractNumber) {
    requests.recordProcurement(number(execution), vendorName.strip(), contractNumber.strip());
    record(execution, "BUDGET_PROCURED", Map.of("vendor", vendorName, "contract", contractNumber));
  }

  /** The PPK-SKPD verified the SPP: the budget holder's 2 HK for the SPM start. */
  public void sppVerified(DelegateExecution execution, String sppNumber) {
    requests.recordSpp(number(execution), sppNumber.strip());
    clocks.start(ClockOwner.of(execution), SPM_CLOCK, BudgetDeadlines.SPM.amount(urgency(execution)),
        Optional.empty());
    record(execution, "BUDGET_SPP_VERIFIED", Map.of("spp", sppNumber));
  }

  /** The PPK-SKPD returned the SPP to the procurement's officer. */
  public void sppReturned(DelegateExecution execution, String sppNote) {
    requests.recordOutcomeNote(number(execution), sppNote);
    record(execution, "BUDGET_SPP_RETURNED", Map.of("note", sppNote));
  }

  /** The budget holder signed the SPM: BPKAD's 2 HK for the SP2D start, and its window to return the SPM. */
  public void spmIssued(DelegateExecution execution, String spmNumber) {
    String number = number(execution);
    clocks.stop(execution.getProcessInstanceId(), SPM_CLOCK);
    requests.recordSpm(number, spmNumber.strip());
    clocks.start(ClockOwner.of(execution), SP2D_CLOCK, BudgetDeadlines.SP2D.amount(urgency(execution)),
        Optional.of(BudgetRequestProcess.BPKAD));
    execution.setVariable(BudgetRequestProcess.SP2D_REJECT_BY, deadlines.due(
        BudgetDeadlines.SP2D_REJECTION.amount(urgency(execution)).toString(), BudgetRequestProcess.BPKAD));
    cases.changeStatus(TrackingNumber.parse(number), CaseStatus.SPM_TERBIT);
    record(execution, "BUDGET_SPM_ISSUED", Map.of("spm", spmNumber));
  }

  public void sp2dIssued(DelegateExecution execution, String sp2dNumber) {
    String number = number(execution);
    clocks.stop(execution.getProcessInstanceId(), SP2D_CLOCK);
    requests.recordSp2d(number, sp2dNumber.strip());
    cases.changeStatus(TrackingNumber.parse(number), CaseStatus.SP2D_TERBIT);
    record(execution, "BUDGET_SP2D_ISSUED", Map.of("sp2d", sp2dNumber));
  }

  /**
   * BPKAD returns the SPM to the OPD with its reason. A return after BPKAD's window (1 HK, half for darurat) is
   * counted against BPKAD on the request and the trail.
   */
  public void sp2dRejected(DelegateExecution execution, String sp2dNote) {
    String number = number(execution);
    clocks.stop(execution.getProcessInstanceId(), SP2D_CLOCK);
    Date rejectBy = (Date) execution.getVariable(BudgetRequestProcess.SP2D_REJECT_BY);
    boolean late = rejectBy != null && now().isAfter(rejectBy.toInstant());
    if (late) {
      requests.countLateSp2dRejection(number);
    }
    requests.recordOutcomeNote(number, sp2dNote);
    cases.changeStatus(TrackingNumber.parse(number), CaseStatus.PERLU_PERBAIKAN);
    record(execution, "BUDGET_SP2D_REJECTED", Map.of("note", sp2dNote, "late", late));
  }

  /** The bank paid: the request is done. */
  public void paid(DelegateExecution execution, String paymentReference) {
    requests.recordPayment(number(execution), paymentReference.strip());
    close(execution, CaseStatus.DIBAYAR, null);
    record(execution, "BUDGET_PAID", Map.of("reference", paymentReference));
  }

  private void showAmount(DelegateExecution execution, BudgetRequest request, BudgetRules.Procurement procurement) {
    execution.setVariable(BudgetRequestProcess.AMOUNT, request.amount());
    execution.setVariable(BudgetRequestProcess.AMOUNT_TEXT, BudgetTexts.rupiah(request.amount()));
    execution.setVariable(BudgetRequestProcess.SUMMARY, texts.summary(request));
    execution.setVariable(BudgetRequestProcess.PROCUREMENT_METHOD, procurement.method());
    execution.setVariable(BudgetRequestProcess.PROCUREMENT_METHOD_NAME, procurement.name());
  }

  private void close(DelegateExecution execution, CaseStatus status, @Nullable String note) {
    String number = number(execution);
    clocks.stopAll(execution.getProcessInstanceId());
    if (note != null) {
      requests.recordOutcomeNote(number, note);
    }
    cases.changeStatus(TrackingNumber.parse(number), status);
  }

  private Optional<SlaClock> clock(DelegateExecution execution, String name) {
    return clocks.findActive(execution.getProcessInstanceId(), name);
  }

  private static String outcome(String value) {
    if (!List.of(OK, REVISE, REJECT).contains(value)) {
      throw new IllegalArgumentException("a check's outcome is ok, revise or reject, not " + value);
    }
    return value;
  }

  private static BudgetRequestProcess.Urgency urgency(DelegateExecution execution) {
    return BudgetRequestProcess.Urgency.valueOf(text(execution, BudgetRequestProcess.URGENCY));
  }

  private String date(Instant instant) {
    return LocalDate.ofInstant(instant, zone).toString();
  }

  private BudgetRequest request(DelegateExecution execution) {
    return requests.get(number(execution));
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

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
