package id.alur.budget;

import id.alur.cases.CaseDocuments;
import id.alur.cases.CaseFile;
import id.alur.cases.CaseRegistry;
import id.alur.cases.PublicStatus;
import id.alur.cases.ReadableCases;
import id.alur.citizen.CitizenUploads;
import id.alur.citizen.CitizenUploads.CheckedFile;
import id.alur.citizen.CitizenUploads.FileType;
import id.alur.citizen.IdempotentSubmissions;
import id.alur.citizen.RequestFields;
import id.alur.identity.OpdDirectory;
import id.alur.identity.StaffGroups;
import id.alur.identity.StaffUser;
import id.alur.sla.SlaClock;
import id.alur.sla.SlaClocks;
import id.alur.web.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Staff file and follow budget requests. {@code POST /api/budget-requests} (multipart: the part {@code request}, JSON
 * as {@link NewBudgetRequest} reads it, and the files {@code quotes}, PDF only) is for the staff of the requesting
 * OPD or kecamatan: a request for another OPD is 403. The answer tells at once where the request goes (funded, the
 * authority of its shift, or waiting for the APBD-P, or deferred). A retry with the same {@code Idempotency-Key}
 * answers the same case. {@code GET /api/budget-requests/{trackingNumber}} shows the request to its OPD, to the OPDs
 * that take part (BPKAD, Bappeda, Setda, Inspektorat, Diskominfo for IT spending) and to auditors.
 */
@RestController
@RequestMapping("/api/budget-requests")
class BudgetRequestApi {

  static final int MAX_QUOTES = 10;
  private static final Set<String> TAKING_PART = Set.of(BudgetRequestProcess.BPKAD, BudgetRequestProcess.BAPPEDA,
      BudgetRequestProcess.SETDA, BudgetRequestProcess.INSPEKTORAT);

  record Submitted(String trackingNumber, PublicStatus status, boolean fundedInDpa, Optional<String> shiftLevel,
      Optional<String> shiftAuthority, Optional<String> procurementMethod, Optional<String> outcomeNote,
      boolean replayed) {
  }

  record SourceView(String opd, String subKegiatan, String account) {
  }

  record OpenStep(String task, String name, List<String> groups, Optional<Instant> dueAt) {
  }

  record ClockView(String name, String opd, String state, String budget, Optional<Instant> dueAt) {
  }

  record RequestView(String trackingNumber, PublicStatus status, String requestingOpd, String title,
      String subKegiatan, String targetAccount, Optional<SourceView> source, long amount, String justification,
      String urgency, boolean fundedInDpa, boolean catalogueItem, Optional<Boolean> itSpending,
      Optional<String> shiftLevel, Optional<String> shiftAuthority, Optional<String> procurementMethod,
      BudgetRequest.Paperwork paperwork, Optional<String> outcomeNote, int lateSp2dRejections, String submittedBy,
      OffsetDateTime submittedAt, List<String> quoteDocumentIds, List<OpenStep> openSteps, List<ClockView> clocks) {
  }

  private final BudgetSubmissions submissions;
  private final BudgetRequests requests;
  private final IdempotentSubmissions idempotency;
  private final CitizenUploads uploads;
  private final OpdDirectory opds;
  private final CaseRegistry cases;
  private final ReadableCases readable;
  private final CaseDocuments documents;
  private final SlaClocks clocks;
  private final TaskService tasks;
  private final ProcessEngineConfigurationImpl engine;

  BudgetRequestApi(BudgetSubmissions submissions, BudgetRequests requests, IdempotentSubmissions idempotency,
      CitizenUploads uploads, OpdDirectory opds, CaseRegistry cases, ReadableCases readable, CaseDocuments documents,
      SlaClocks clocks, TaskService tasks, ProcessEngineConfigurationImpl engine) {
    this.submissions = submissions;
    this.requests = requests;
    this.idempotency = idempotency;
    this.uploads = uploads;
    this.opds = opds;
    this.cases = cases;
    this.readable = readable;
    this.documents = documents;
    this.clocks = clocks;
    this.tasks = tasks;
    this.engine = engine;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Submitted> submit(@RequestPart(name = NewBudgetRequest.PART, required = false) String json,
      @RequestPart(name = "quotes", required = false) List<MultipartFile> quotes,
      @RequestHeader(name = IdempotentSubmissions.HEADER, required = false) String idempotencyKey,
      @AuthenticationPrincipal StaffUser staff) {
    NewBudgetRequest request = NewBudgetRequest.parse(json);
    requireOpd(request.opd(), "opd");
    request.source().ifPresent(source -> requireOpd(source.opd(), "sourceOpd"));
    if (!staff.groups().contains(StaffGroups.staffOf(request.opd()))) {
      throw new ApiProblem(HttpStatus.FORBIDDEN, "opd", "Hanya staf OPD pengusul yang dapat mengajukan usulan ini",
          "Only the staff of the requesting OPD may file this request");
    }
    List<CheckedFile> files = quotes(quotes);
    List<byte[]> parts = new ArrayList<>();
    parts.add(json.getBytes(StandardCharsets.UTF_8));
    files.forEach(file -> parts.add(file.content()));
    String hash = IdempotentSubmissions.requestHash(parts);
    Optional<String> key = Optional.ofNullable(idempotencyKey);
    IdempotentSubmissions.Outcome outcome = idempotency.submitAsStaff(key, BudgetSubmissions.KIND, hash,
        () -> submissions.submit(request, files, staff.userId(), key, hash));
    BudgetRequest stored = requests.get(outcome.trackingNumber().value());
    Submitted body = new Submitted(stored.trackingNumber(), cases.get(outcome.trackingNumber()).status(),
        stored.fundedInDpa(), stored.decided().shiftLevel().map(Enum::name), stored.decided().shiftAuthority(),
        stored.decided().procurementMethod(), stored.outcomeNote(), outcome.replayed());
    return ResponseEntity.status(outcome.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(body);
  }

  @GetMapping("/{trackingNumber}")
  RequestView read(@PathVariable String trackingNumber, @AuthenticationPrincipal StaffUser staff) {
    CaseFile caseFile = readable.get(trackingNumber, staff, found -> takesPart(staff, found));
    String number = caseFile.trackingNumber().value();
    BudgetRequest request = requests.find(number).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
        "trackingNumber", "Kasus ini bukan usulan anggaran", "This case is not a budget request"));
    return new RequestView(number, caseFile.status(), request.requestingOpd(), request.title(),
        request.subKegiatan().value(), request.targetAccount().value(),
        request.source().map(source -> new SourceView(source.opd(), source.subKegiatan().value(),
            source.account().value())),
        request.amount(), request.justification(), request.urgency().name(), request.fundedInDpa(),
        request.catalogueItem(), request.decided().itSpending(), request.decided().shiftLevel().map(Enum::name),
        request.decided().shiftAuthority(), request.decided().procurementMethod(), request.paperwork(),
        request.outcomeNote(), request.lateSp2dRejections(), request.submittedBy(), request.submittedAt(),
        documents.ofCase(caseFile.trackingNumber()).stream()
            .filter(document -> BudgetSubmissions.QUOTE_KIND.equals(document.kind())).map(document -> document.id())
            .toList(),
        openSteps(number), clocks.ofCase(number).stream().map(BudgetRequestApi::clockView).toList());
  }

  /** The OPDs that take part in every request, and Diskominfo in IT spending, read it as well. */
  private boolean takesPart(StaffUser staff, CaseFile caseFile) {
    if (!BudgetRequestProcess.CASE_PREFIX.equals(caseFile.trackingNumber().prefix())) {
      return false;
    }
    if (TAKING_PART.stream().anyMatch(opd -> staff.groups().contains(StaffGroups.staffOf(opd)))) {
      return true;
    }
    return staff.groups().contains(StaffGroups.staffOf(BudgetRequestProcess.DISKOMINFO))
        && requests.find(caseFile.trackingNumber().value()).flatMap(found -> found.decided().itSpending())
            .orElse(false);
  }

  private List<CheckedFile> quotes(List<MultipartFile> quotes) {
    if (quotes == null || quotes.isEmpty()) {
      throw RequestFields.problem("quotes", "Lampirkan minimal satu penawaran harga (PDF)",
          "Attach at least one price quote (PDF)");
    }
    if (quotes.size() > MAX_QUOTES) {
      throw new ApiProblem(HttpStatus.PAYLOAD_TOO_LARGE, "quotes", "Paling banyak " + MAX_QUOTES + " penawaran",
          "At most " + MAX_QUOTES + " quotes");
    }
    List<CheckedFile> files = uploads.check(quotes);
    for (CheckedFile file : files) {
      if (file.type() != FileType.PDF) {
        throw new ApiProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, file.givenName(),
            "Penawaran " + file.givenName() + " bukan PDF", "Quote " + file.givenName() + " is not a PDF");
      }
    }
    return files;
  }

  private void requireOpd(String code, String field) {
    if (!opds.exists(code)) {
      throw RequestFields.problem(field, "Kode OPD tidak dikenal: " + code, "Unknown OPD code: " + code);
    }
  }

  /** The tasks open on the request and who owns them, read past the engine's task authorization. */
  private List<OpenStep> openSteps(String number) {
    return engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() ->
        tasks.createTaskQuery().processInstanceBusinessKey(number).orderByTaskCreateTime().asc().list().stream()
            .map(task -> new OpenStep(task.getTaskDefinitionKey(), task.getName(),
                tasks.getIdentityLinksForTask(task.getId()).stream()
                    .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                    .map(IdentityLink::getGroupId).toList(),
                Optional.ofNullable(task.getDueDate()).map(java.util.Date::toInstant)))
            .toList()));
  }

  private static ClockView clockView(SlaClock clock) {
    return new ClockView(clock.name(), clock.opd(), clock.state().name(), clock.budget().toString(), clock.dueAt());
  }
}
