package id.alur.handoff;

import id.alur.cases.CaseFile;
import id.alur.cases.ReadableCases;
import id.alur.identity.StaffGroups;
import id.alur.identity.StaffUser;
import id.alur.web.ApiProblem;
import java.time.OffsetDateTime;
import java.util.List;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.MessageCorrelationBuilder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff hand a case over and read its hand-offs. Only the clerks (and head) of the OPD holding the case may
 * ask; the request reaches the case's process as the message {@code AgencyHandoffRequested}, so it is refused
 * (409) where the process offers no hand-off or one is under way. The API makes this check itself and sends
 * the message past the engine's own authorization, which would otherwise have to let every OPD update every
 * process instance. The agency's answer to an external hand-off can be recorded here as well.
 */
@RestController
@RequestMapping("/api/cases/{trackingNumber}/handoffs")
class HandoffApi {

  record HandoffRequest(@Nullable String target, @Nullable String reason, @Nullable String legalBasis) {
  }

  record AgencyAnswer(@Nullable String answer) {
  }

  record HandoffView(String id, Handoff.Kind kind, String from, String fromName, String target, String targetName,
      String reason, @Nullable String legalBasis, int move, Handoff.State state, String requestedBy,
      OffsetDateTime requestedAt, @Nullable String answeredBy, @Nullable OffsetDateTime answeredAt,
      @Nullable String answer, @Nullable String finalOwner, @Nullable String letterNumber,
      @Nullable String letterDocumentId, int reminders) {
  }

  private final ReadableCases cases;
  private final Handoffs handoffs;
  private final HandoffTargets targets;
  private final RuntimeService runtime;
  private final ProcessEngineConfigurationImpl engine;

  HandoffApi(ReadableCases cases, Handoffs handoffs, HandoffTargets targets, RuntimeService runtime,
      ProcessEngineConfigurationImpl engine) {
    this.cases = cases;
    this.handoffs = handoffs;
    this.targets = targets;
    this.runtime = runtime;
    this.engine = engine;
  }

  @PostMapping
  ResponseEntity<HandoffView> request(@PathVariable String trackingNumber, @RequestBody HandoffRequest request,
      @AuthenticationPrincipal StaffUser staff) {
    CaseFile caseFile = cases.get(trackingNumber, staff);
    requireClerkOf(caseFile.owningOpd(), staff);
    String target = required(request.target(), "target", 40);
    HandoffTarget to = targets.find(target).orElseThrow(() -> new ApiProblem(HttpStatus.BAD_REQUEST, "target",
        "Tujuan serah terima tidak dikenal: bukan kode OPD atau instansi luar", "Unknown hand-off target: not an OPD "
            + "or outside agency code"));
    if (to.code().equals(caseFile.owningOpd())) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "target", "Kasus sudah dipegang OPD tujuan",
          "The case is already held by the target OPD");
    }
    String reason = required(request.reason(), "reason", Handoffs.MAX_TEXT);
    String legalBasis = optional(request.legalBasis(), "legalBasis", 1000);
    String number = caseFile.trackingNumber().value();
    if (handoffs.ofCase(number).stream().anyMatch(handoff -> handoff.state().open())) {
      throw conflict("Kasus ini sedang dalam serah terima", "A hand-off of this case is under way");
    }
    String instance = caseFile.processInstanceId().orElseThrow(this::notNow);
    correlate(runtime.createMessageCorrelation(AgencyHandoff.REQUESTED_MESSAGE).processInstanceId(instance)
        .setVariable(AgencyHandoff.TARGET, to.code())
        .setVariable(AgencyHandoff.REASON, reason)
        .setVariable(AgencyHandoff.LEGAL_BASIS, legalBasis));
    Handoff created = handoffs.ofCase(number).stream().filter(handoff -> handoff.state().open()).findFirst()
        .orElseThrow(this::notNow);
    return ResponseEntity.status(HttpStatus.CREATED).body(view(created));
  }

  @GetMapping
  List<HandoffView> list(@PathVariable String trackingNumber, @AuthenticationPrincipal StaffUser staff) {
    CaseFile caseFile = cases.get(trackingNumber, staff, readable -> handoffs.ofCase(readable.trackingNumber().value())
        .stream().anyMatch(handoff -> isAskedToDecide(handoff, staff)));
    return handoffs.ofCase(caseFile.trackingNumber().value()).stream().map(this::view).toList();
  }

  /** The outside agency's answer, recorded by the holder's clerks (or a system acting for them). */
  @PostMapping("/{handoffId}/answer")
  HandoffView answer(@PathVariable String trackingNumber, @PathVariable String handoffId,
      @RequestBody AgencyAnswer answer, @AuthenticationPrincipal StaffUser staff) {
    CaseFile caseFile = cases.get(trackingNumber, staff);
    Handoff handoff = handoffs.find(handoffId).filter(found -> found.trackingNumber()
        .equals(caseFile.trackingNumber().value())).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
            "handoffId", "Serah terima tidak ditemukan pada kasus ini", "No such hand-off on this case"));
    requireClerkOf(handoff.fromOpd(), staff);
    if (handoff.kind() != Handoff.Kind.EXTERNAL || handoff.state() != Handoff.State.AWAITING_ANSWER) {
      throw conflict("Serah terima ini tidak menunggu jawaban instansi luar",
          "This hand-off is not waiting for an outside agency's answer");
    }
    String text = required(answer.answer(), "answer", Handoffs.MAX_ANSWER);
    correlate(runtime.createMessageCorrelation(AgencyHandoff.ANSWERED_MESSAGE)
        .processInstanceId(handoff.processInstanceId())
        .setVariable(AgencyHandoff.AGENCY_ANSWER, text));
    return view(handoffs.find(handoffId).orElseThrow());
  }

  private void correlate(MessageCorrelationBuilder correlation) {
    try {
      engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
        correlation.correlateWithResult();
        return null;
      }));
    } catch (MismatchingMessageCorrelationException | OptimisticLockingException notWaiting) {
      throw notNow();
    }
  }

  private ApiProblem notNow() {
    return conflict("Kasus tidak dapat diserahkan atau dijawab pada tahap ini",
        "The case cannot be handed over or answered at this step");
  }

  private static ApiProblem conflict(String indonesian, String english) {
    return new ApiProblem(HttpStatus.CONFLICT, "", indonesian, english);
  }

  private static void requireClerkOf(String opd, StaffUser staff) {
    if (!isClerkOf(opd, staff)) {
      throw new ApiProblem(HttpStatus.FORBIDDEN, "", "Hanya petugas OPD pemegang kasus yang dapat melakukan ini",
          "Only the clerks of the OPD holding the case may do this");
    }
  }

  /** The target's clerks while they are to accept it, Sekda's while it is to arbitrate. */
  private static boolean isAskedToDecide(Handoff handoff, StaffUser staff) {
    return handoff.state() == Handoff.State.AWAITING_ACCEPTANCE && isClerkOf(handoff.target(), staff)
        || handoff.state() == Handoff.State.AWAITING_ARBITRATION && isClerkOf(Handoffs.SEKDA, staff);
  }

  private static boolean isClerkOf(String opd, StaffUser staff) {
    return staff.groups().contains(StaffGroups.staffOf(opd));
  }

  private static String required(@Nullable String value, String field, int max) {
    if (value == null || value.isBlank()) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, field, "Wajib diisi", "Required");
    }
    return optional(value, field, max);
  }

  private static String optional(@Nullable String value, String field, int max) {
    if (value == null) {
      return "";
    }
    if (value.length() > max) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, field, "Paling banyak " + max + " karakter",
          "At most " + max + " characters");
    }
    return value.trim();
  }

  private HandoffView view(Handoff handoff) {
    return new HandoffView(handoff.id(), handoff.kind(), handoff.fromOpd(), targets.nameOf(handoff.fromOpd()),
        handoff.target(), targets.nameOf(handoff.target()), handoff.reason(), handoff.legalBasis().orElse(null),
        handoff.moveNumber(), handoff.state(), handoff.requestedBy(), handoff.requestedAt(),
        handoff.answeredBy().orElse(null), handoff.answeredAt().orElse(null), handoff.answer().orElse(null),
        handoff.finalOwner().orElse(null), handoff.letterNumber().orElse(null),
        handoff.letterDocumentId().orElse(null), handoff.reminders());
  }
}
