package id.alur.budget;

import id.alur.audit.AuditEvent;
import id.alur.audit.AuditTrail;
import id.alur.cases.CaseDocuments;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.TrackingNumber;
import id.alur.citizen.CitizenUploads.CheckedFile;
import id.alur.citizen.IdempotentSubmissions;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a budget request in one transaction: the case (owned by the requesting OPD), the idempotency key, the
 * request, its quotes and the process instance, which runs to its first wait state before the answer is given (so
 * the requester learns at once whether the request is funded, who must approve the shift, or that it waits for the
 * APBD-P). If any of it fails, none of it stays.
 */
@Service
class BudgetSubmissions {

  static final String KIND = "BUDGET";
  static final String QUOTE_KIND = "BUDGET_QUOTE";

  private final CaseRegistry cases;
  private final IdempotentSubmissions idempotency;
  private final BudgetRequests requests;
  private final CaseDocuments documents;
  private final RuntimeService runtime;
  private final ProcessEngineConfigurationImpl engine;
  private final AuditTrail trail;

  BudgetSubmissions(CaseRegistry cases, IdempotentSubmissions idempotency, BudgetRequests requests,
      CaseDocuments documents, RuntimeService runtime, ProcessEngineConfigurationImpl engine, AuditTrail trail) {
    this.cases = cases;
    this.idempotency = idempotency;
    this.requests = requests;
    this.documents = documents;
    this.runtime = runtime;
    this.engine = engine;
    this.trail = trail;
  }

  @Transactional
  public TrackingNumber submit(NewBudgetRequest request, List<CheckedFile> quotes, String staff, Optional<String> key,
      String requestHash) {
    TrackingNumber number = cases.open(BudgetRequestProcess.CASE_PREFIX, request.opd(), CaseStatus.DIAJUKAN);
    idempotency.remember(key, KIND, requestHash, number);
    requests.insert(new BudgetRequest(number.value(), request.opd(), request.title(), request.subKegiatan(),
        request.targetAccount(), request.source(), request.amount(), request.justification(), request.urgency(),
        request.fundedInDpa(), request.catalogueItem(),
        new BudgetRequest.Decided(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
        new BudgetRequest.Paperwork(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty()),
        Optional.empty(), 0, staff, OffsetDateTime.now()));
    int next = 1;
    for (CheckedFile quote : quotes) {
      documents.store(number, new CaseDocuments.NewDocument(QUOTE_KIND, "penawaran-" + number.value() + "-" + next++
          + ".pdf", "application/pdf", quote.content()), staff);
    }
    trail.record(new AuditEvent(staff, request.opd(), number.value(), "BUDGET_REQUEST_SUBMITTED",
        Map.of("amount", request.amount(), "fundedInDpa", request.fundedInDpa(), "urgency", request.urgency().name(),
            "quotes", quotes.size())));
    // A kecamatan's clerk has no right to start processes in the engine; this API decided they may file the request.
    ProcessInstance instance = engine.getCommandExecutorTxRequired().execute(context ->
        context.runWithoutAuthorization(() -> runtime.startProcessInstanceByKey(BudgetRequestProcess.KEY,
            number.value(), Map.of(TrackingNumber.VARIABLE, number.value()))));
    cases.linkProcessInstance(number, instance.getId());
    return number;
  }
}
