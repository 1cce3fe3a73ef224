package id.alur.handoff;

import id.alur.audit.AuditActions;
import id.alur.audit.AuditEvent;
import id.alur.audit.AuditTrail;
import id.alur.cases.CaseFile;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.TrackingNumber;
import id.alur.identity.StaffGroups;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a hand-off does to a case, step by step, each in the engine's transaction: the request, the target's
 * acceptance (the case's owner changes) or return, Sekda's final arbitration on the third move, the coordinator's
 * follow-up of an overdue acceptance, and the letters and answer of an external hand-off. Every step is on the
 * audit trail as {@code HANDOFF_<STEP>} with the actor, the OPD that acted and the reason. Time is the engine's
 * clock, so process tests move it like any timer.
 */
@Service
class Handoffs {

  /** The third internal move of a case (hand-off or return) goes to Sekda. */
  static final int ARBITRATION_AT_MOVE = 3;
  static final String SEKDA = "setda";
  /** The actor of what timers do. */
  static final String SYSTEM = "system";
  static final int MAX_TEXT = 2000;
  static final int MAX_ANSWER = 4000;

  private final HandoffTable table;
  private final HandoffTargets targets;
  private final HandoffLetters letters;
  private final CaseRegistry cases;
  private final AuditTrail trail;
  private final ZoneId zone;

  Handoffs(HandoffTable table, HandoffTargets targets, HandoffLetters letters, CaseRegistry cases, AuditTrail trail,
      @Value("${alur.cases.zone}") ZoneId zone) {
    this.table = table;
    this.targets = targets;
    this.letters = letters;
    this.cases = cases;
    this.trail = trail;
    this.zone = zone;
  }

  /** Records a request of the case's holder; an internal one on the third move waits for Sekda instead. */
  @Transactional
  Handoff request(CaseFile caseFile, String processInstanceId, String target, String reason, String legalBasis,
      String actor) {
    HandoffTarget to = targets.get(target);
    requireText(reason, MAX_TEXT, AgencyHandoff.REASON);
    if (to.code().equals(caseFile.owningOpd())) {
      throw new IllegalArgumentException("the case is already owned by " + to.code());
    }
    String number = caseFile.trackingNumber().value();
    boolean internal = to.kind() == Handoff.Kind.INTERNAL;
    int move = internal ? table.moves(number) + 1 : 0;
    Handoff.State state = !internal ? Handoff.State.AWAITING_ANSWER
        : move >= ARBITRATION_AT_MOVE ? Handoff.State.AWAITING_ARBITRATION : Handoff.State.AWAITING_ACCEPTANCE;
    Optional<String> basis = Optional.ofNullable(legalBasis).filter(text -> !text.isBlank()).or(to::legalBasis);
    basis.ifPresent(text -> requireText(text, 1000, AgencyHandoff.LEGAL_BASIS));
    Handoff handoff = new Handoff(UUID.randomUUID().toString(), number, processInstanceId, to.kind(),
        caseFile.owningOpd(), to.code(), reason.trim(), basis, move, state, actor, now(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0);
    table.insert(handoff);
    Map<String, Object> details = details(handoff);
    details.put("reason", handoff.reason());
    basis.ifPresent(text -> details.put("legalBasis", text));
    if (internal) {
      details.put("move", move);
    }
    record(actor, handoff.fromOpd(), handoff, "REQUESTED", details);
    return handoff;
  }

  /** The target accepts (the case is its now) or returns it with a reason (on the third move: to Sekda). */
  @Transactional
  Handoff answer(String handoffId, boolean accept, String returnReason, String actor) {
    Handoff handoff = open(handoffId, Handoff.State.AWAITING_ACCEPTANCE);
    TrackingNumber number = TrackingNumber.parse(handoff.trackingNumber());
    Map<String, Object> details = details(handoff);
    if (accept) {
      cases.transferTo(number, handoff.target());
      table.answer(handoffId, Handoff.State.ACCEPTED, false, actor, now(), null, Optional.of(handoff.target()));
      record(actor, handoff.target(), handoff, "ACCEPTED", details);
    } else {
      requireText(returnReason, MAX_TEXT, AgencyHandoff.RETURN_REASON);
      int move = table.moves(handoff.trackingNumber()) + 1;
      Handoff.State state = move >= ARBITRATION_AT_MOVE ? Handoff.State.AWAITING_ARBITRATION : Handoff.State.RETURNED;
      table.answer(handoffId, state, true, actor, now(), returnReason.trim(), Optional.empty());
      details.put("reason", returnReason.trim());
      details.put("move", move);
      details.put("toSekda", state == Handoff.State.AWAITING_ARBITRATION);
      record(actor, handoff.target(), handoff, "RETURNED", details);
    }
    return table.find(handoffId).orElseThrow();
  }

  /** Sekda names the owner: final, no acceptance task follows. */
  @Transactional
  Handoff arbitrate(String handoffId, String owner, String reason, String actor) {
    Handoff handoff = open(handoffId, Handoff.State.AWAITING_ARBITRATION);
    HandoffTarget chosen = targets.get(owner);
    if (chosen.kind() != Handoff.Kind.INTERNAL) {
      throw new IllegalArgumentException("Sekda names an OPD of the city, not " + owner);
    }
    requireText(reason, MAX_TEXT, AgencyHandoff.ARBITRATION_REASON);
    TrackingNumber number = TrackingNumber.parse(handoff.trackingNumber());
    if (!cases.get(number).owningOpd().equals(chosen.code())) {
      cases.transferTo(number, chosen.code());
    }
    table.answer(handoffId, Handoff.State.ARBITRATED, false, actor, now(), reason.trim(), Optional.of(chosen.code()));
    Map<String, Object> details = details(handoff);
    details.put("owner", chosen.code());
    details.put("reason", reason.trim());
    record(actor, SEKDA, handoff, "ARBITRATED", details);
    return table.find(handoffId).orElseThrow();
  }

  /** The acceptance deadline passed; the acceptance task stays and the coordinator is asked to follow up. */
  @Transactional
  void acceptanceOverdue(String handoffId) {
    Handoff handoff = open(handoffId, Handoff.State.AWAITING_ACCEPTANCE);
    record(SYSTEM, handoff.target(), handoff, "ACCEPTANCE_OVERDUE", details(handoff));
  }

  @Transactional
  void followedUp(String handoffId, String note, String actor) {
    Handoff handoff = table.find(handoffId).orElseThrow(() -> unknown(handoffId));
    requireText(note, MAX_TEXT, AgencyHandoff.OVERDUE_FOLLOW_UP);
    Map<String, Object> details = details(handoff);
    details.put("note", note.trim());
    record(actor, StaffGroups.COORDINATOR_OPD, handoff, "FOLLOWED_UP", details);
  }

  /** Writes the letter to the outside agency and keeps it with the case. */
  @Transactional
  Handoff sendLetter(String handoffId, String actor) {
    Handoff handoff = open(handoffId, Handoff.State.AWAITING_ANSWER);
    CaseFile caseFile = cases.get(TrackingNumber.parse(handoff.trackingNumber()));
    HandoffLetters.Letter letter = letters.handOver(handoff, caseFile, targets.get(handoff.target()), actor, now());
    table.letter(handoffId, letter.number(), letter.document().id());
    Map<String, Object> details = details(handoff);
    details.put("letterNumber", letter.number());
    details.put("documentId", letter.document().id());
    details.put("sha256", letter.document().sha256());
    record(actor, handoff.fromOpd(), handoff, "LETTER_SENT", details);
    return table.find(handoffId).orElseThrow();
  }

  /** No answer yet: a numbered reminder letter. */
  @Transactional
  Handoff remind(String handoffId) {
    Handoff handoff = open(handoffId, Handoff.State.AWAITING_ANSWER);
    CaseFile caseFile = cases.get(TrackingNumber.parse(handoff.trackingNumber()));
    int count = handoff.reminders() + 1;
    HandoffLetters.Letter letter = letters.remind(handoff, caseFile, targets.get(handoff.target()), count, now());
    table.reminded(handoffId);
    Map<String, Object> details = details(handoff);
    details.put("reminder", count);
    details.put("letterNumber", letter.number());
    details.put("documentId", letter.document().id());
    record(SYSTEM, handoff.fromOpd(), handoff, "REMINDER_SENT", details);
    return table.find(handoffId).orElseThrow();
  }

  @Transactional
  Handoff agencyAnswered(String handoffId, String answer, String actor) {
    Handoff handoff = open(handoffId, Handoff.State.AWAITING_ANSWER);
    requireText(answer, MAX_ANSWER, AgencyHandoff.AGENCY_ANSWER);
    table.answer(handoffId, Handoff.State.ANSWERED, false, actor, now(), answer.trim(), Optional.empty());
    Map<String, Object> details = details(handoff);
    details.put("answer", answer.trim());
    record(actor, handoff.fromOpd(), handoff, "ANSWERED", details);
    return table.find(handoffId).orElseThrow();
  }

  /** The caller's part ends as "Dialihkan": the case stays with its hand-off, its letter and the answer to come. */
  @Transactional
  void closeAsHandedOutside(CaseFile caseFile, String actor) {
    cases.changeStatus(caseFile.trackingNumber(), CaseStatus.DIALIHKAN);
    Optional<Handoff> external = table.ofCase(caseFile.trackingNumber().value()).stream()
        .filter(handoff -> handoff.kind() == Handoff.Kind.EXTERNAL && handoff.state().open()).findFirst();
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("status", CaseStatus.DIALIHKAN.name());
    external.ifPresent(handoff -> details.putAll(details(handoff)));
    external.flatMap(Handoff::letterNumber).ifPresent(letter -> details.put("letterNumber", letter));
    trail.record(new AuditEvent(actor, caseFile.owningOpd(), caseFile.trackingNumber().value(),
        AuditActions.HANDOFF_PREFIX + "CLOSED_AS_DIALIHKAN", details));
  }

  /**
   * Ends the case's hand-offs still waiting inside the city (acceptance or Sekda's decision) as withdrawn: the
   * caller's case ended first and cancelled the call activity, so nobody is to answer them any more.
   */
  @Transactional
  void withdrawOpen(String trackingNumber, String reason, String actor) {
    table.ofCase(trackingNumber).stream()
        .filter(handoff -> handoff.state() == Handoff.State.AWAITING_ACCEPTANCE
            || handoff.state() == Handoff.State.AWAITING_ARBITRATION)
        .forEach(handoff -> {
          table.answer(handoff.id(), Handoff.State.WITHDRAWN, false, actor, now(), reason, Optional.empty());
          Map<String, Object> details = details(handoff);
          details.put("reason", reason);
          record(actor, handoff.fromOpd(), handoff, "WITHDRAWN", details);
        });
  }

  List<Handoff> ofCase(String trackingNumber) {
    return table.ofCase(trackingNumber);
  }

  Optional<Handoff> find(String handoffId) {
    return table.find(handoffId);
  }

  private Handoff open(String handoffId, Handoff.State expected) {
    Handoff handoff = table.find(handoffId).orElseThrow(() -> unknown(handoffId));
    if (handoff.state() != expected) {
      throw new IllegalStateException("hand-off " + handoffId + " is " + handoff.state() + ", not " + expected);
    }
    return handoff;
  }

  private static IllegalArgumentException unknown(String handoffId) {
    return new IllegalArgumentException("no hand-off " + handoffId);
  }

  private static void requireText(String text, int max, String field) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(field + " is required");
    }
    if (text.length() > max) {
      throw new IllegalArgumentException(field + " is longer than " + max + " characters");
    }
  }

  private static Map<String, Object> details(Handoff handoff) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("handoffId", handoff.id());
    details.put("kind", handoff.kind().name());
    details.put("from", handoff.fromOpd());
    details.put("to", handoff.target());
    return details;
  }

  private void record(String actor, String opd, Handoff handoff, String step, Map<String, Object> details) {
    trail.record(new AuditEvent(actor, opd, handoff.trackingNumber(), AuditActions.HANDOFF_PREFIX + step, details));
  }

  private OffsetDateTime now() {
    return OffsetDateTime.ofInstant(ClockUtil.getCurrentTime().toInstant(), zone);
  }
}
