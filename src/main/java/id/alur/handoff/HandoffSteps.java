package id.alur.handoff;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alur.cases.CaseFile;
import id.alur.cases.CaseRegistry;
import id.alur.cases.TrackingNumber;
import id.alur.identity.Opd;
import id.alur.identity.OpdDirectory;
import id.alur.sla.ClockOwner;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.spin.plugin.variable.SpinValues;
import org.springframework.stereotype.Component;

/**
 * The steps of {@code AgencyHandoffV01} as the expression bean {@code handoff}: each service task calls one
 * method with {@code execution}, hands it what it needs as input parameters, and reads what it sets
 * ({@code handoffOutcome}, {@code handoffOwner}, ...) in its gateways. A caller closes its part of an external
 * hand-off with {@code ${handoff.closeAsHandedOutside(execution)}}. Business rules live in {@link Handoffs}.
 */
@Component("handoff")
public class HandoffSteps {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Handoffs handoffs;
  private final HandoffTargets targets;
  private final CaseRegistry cases;
  private final OpdDirectory opds;
  private final IdentityService identity;

  HandoffSteps(Handoffs handoffs, HandoffTargets targets, CaseRegistry cases, OpdDirectory opds,
      IdentityService identity) {
    this.handoffs = handoffs;
    this.targets = targets;
    this.cases = cases;
    this.opds = opds;
    this.identity = identity;
  }

  /** Inputs {@code target}, {@code reason}, {@code legalBasis}. */
  public void request(DelegateExecution execution) {
    CaseFile caseFile = caseOf(execution);
    Handoff handoff = handoffs.request(caseFile, execution.getProcessInstanceId(), text(execution, "target"),
        text(execution, "reason"), text(execution, "legalBasis"), actor());
    execution.setVariable(TrackingNumber.VARIABLE, handoff.trackingNumber());
    execution.setVariable(AgencyHandoff.HANDOFF_ID, handoff.id());
    execution.setVariable(AgencyHandoff.KIND, handoff.kind().name());
    execution.setVariable(AgencyHandoff.FROM_OPD, handoff.fromOpd());
    execution.setVariable(AgencyHandoff.FROM_OPD_NAME, targets.nameOf(handoff.fromOpd()));
    execution.setVariable(AgencyHandoff.TARGET_NAME, targets.nameOf(handoff.target()));
    execution.setVariable(AgencyHandoff.OWNER, handoff.fromOpd());
    needsArbitration(execution, handoff);
  }

  /** Inputs {@code decision} ({@code accept} or {@code return}) and {@code returnReason}. */
  public void answered(DelegateExecution execution) {
    String decision = text(execution, "decision");
    if (!AgencyHandoff.ACCEPT.equals(decision) && !AgencyHandoff.RETURN.equals(decision)) {
      throw new IllegalArgumentException(AgencyHandoff.DECISION + " must be accept or return, not " + decision);
    }
    boolean accept = AgencyHandoff.ACCEPT.equals(decision);
    Handoff handoff = handoffs.answer(handoffId(execution), accept, text(execution, "returnReason"), actor());
    execution.setVariable(AgencyHandoff.OUTCOME,
        (accept ? AgencyHandoff.Outcome.ACCEPTED : AgencyHandoff.Outcome.RETURNED).name());
    execution.setVariable(AgencyHandoff.OWNER, accept ? handoff.target() : handoff.fromOpd());
    needsArbitration(execution, handoff);
  }

  /** Inputs {@code owner} and {@code reason}. */
  public void arbitrated(DelegateExecution execution) {
    Handoff handoff = handoffs.arbitrate(handoffId(execution), text(execution, "owner"), text(execution, "reason"),
        actor());
    execution.setVariable(AgencyHandoff.OUTCOME, AgencyHandoff.Outcome.ARBITRATED.name());
    execution.setVariable(AgencyHandoff.OWNER, handoff.finalOwner().orElseThrow());
  }

  public void acceptanceOverdue(DelegateExecution execution) {
    handoffs.acceptanceOverdue(handoffId(execution));
  }

  /** Input {@code note}. */
  public void followedUp(DelegateExecution execution) {
    handoffs.followedUp(handoffId(execution), text(execution, "note"), actor());
  }

  public void sendLetter(DelegateExecution execution) {
    Handoff handoff = handoffs.sendLetter(handoffId(execution), actor());
    execution.setVariable(AgencyHandoff.LETTER_NUMBER, handoff.letterNumber().orElseThrow());
  }

  public void remind(DelegateExecution execution) {
    handoffs.remind(handoffId(execution));
  }

  /** Input {@code answer}. */
  public void agencyAnswered(DelegateExecution execution) {
    Handoff handoff = handoffs.agencyAnswered(handoffId(execution), text(execution, "answer"), actor());
    execution.setVariable(AgencyHandoff.OUTCOME, AgencyHandoff.Outcome.ANSWERED.name());
    execution.setVariable(AgencyHandoff.OWNER, cases.get(TrackingNumber.parse(handoff.trackingNumber())).owningOpd());
  }

  /** For callers: the case's status becomes "Dialihkan" while its external hand-off goes on. */
  /**
   * For a caller whose case ends while a hand-off inside the city still waits (an interrupting event cancelled the
   * call activity): the hand-off is closed as withdrawn, so nobody keeps a task or a reading right on it.
   */
  public void withdrawOpen(String trackingNumber, String reason) {
    handoffs.withdrawOpen(trackingNumber, reason, actor());
  }

  /**
   * The city's OPDs but {@code except}, as a select field of a caller's form reads them (a Json variable for its
   * {@code valuesKey}): where a caller's clerk names the target of a hand-off.
   */
  public Object opdOptions(String except) {
    return json(opds.all().stream().filter(opd -> !opd.code().equals(except)).map(HandoffSteps::option).toList());
  }

  /** The agencies outside the city a case can be handed to, for a select field like {@link #opdOptions}. */
  public Object externalAgencyOptions() {
    return json(targets.agencies().stream().map(agency -> {
      Map<String, String> option = new LinkedHashMap<>();
      option.put("label", agency.name() + " (" + agency.code() + ")");
      option.put("value", agency.code());
      return option;
    }).toList());
  }

  private static Object json(List<Map<String, String>> options) {
    try {
      return SpinValues.jsonValue(JSON.writeValueAsString(options)).create();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public void closeAsHandedOutside(DelegateExecution execution) {
    handoffs.closeAsHandedOutside(caseOf(execution), actor());
  }

  /** Sekda's task shows the case's moves and offers every OPD, the two in dispute first. */
  private void needsArbitration(DelegateExecution execution, Handoff handoff) {
    boolean needed = handoff.state() == Handoff.State.AWAITING_ARBITRATION;
    execution.setVariable(AgencyHandoff.NEEDS_ARBITRATION, needed);
    if (!needed) {
      return;
    }
    execution.setVariable(AgencyHandoff.HISTORY, handoffs.ofCase(handoff.trackingNumber()).stream()
        .filter(earlier -> earlier.kind() == Handoff.Kind.INTERNAL)
        .map(this::describe)
        .collect(Collectors.joining("\n")));
    List<Opd> all = opds.all();
    List<Map<String, String>> options = new ArrayList<>();
    List<String> parties = List.of(handoff.fromOpd(), handoff.target());
    parties.forEach(party -> all.stream().filter(opd -> opd.code().equals(party)).forEach(opd -> options.add(option(opd))));
    all.stream().filter(opd -> !parties.contains(opd.code())).forEach(opd -> options.add(option(opd)));
    execution.setVariable(AgencyHandoff.ARBITRATION_OPTIONS, json(options));
  }

  private String describe(Handoff handoff) {
    String line = WHEN.format(handoff.requestedAt()) + " " + handoff.fromOpd() + " -> " + handoff.target() + ": "
        + handoff.reason();
    if (handoff.answer().isPresent() && handoff.answeredAt().isPresent()) {
      line += "\n   " + WHEN.format(handoff.answeredAt().get()) + " " + handoff.state().name().toLowerCase()
          + " (" + handoff.answeredBy().orElse("") + "): " + handoff.answer().get();
    }
    return line;
  }

  private static Map<String, String> option(Opd opd) {
    Map<String, String> option = new LinkedHashMap<>();
    option.put("label", opd.name() + " (" + opd.code() + ")");
    option.put("value", opd.code());
    return option;
  }

  private CaseFile caseOf(DelegateExecution execution) {
    // The case belongs to the caller's (root) instance, found as the SLA clocks find it.
    String root = ClockOwner.of(execution).rootProcessInstanceId();
    return cases.findByProcessInstance(root).orElseThrow(() ->
        new IllegalStateException("a hand-off needs a case: process instance " + root + " carries none"));
  }

  private static String handoffId(DelegateExecution execution) {
    return (String) execution.getVariable(AgencyHandoff.HANDOFF_ID);
  }

  private static String text(DelegateExecution execution, String input) {
    Object value = execution.getVariable(input);
    return value == null ? "" : value.toString();
  }

  private String actor() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? Handoffs.SYSTEM
        : authentication.getUserId();
  }
}
