package id.alur.complaint;

import id.alur.audit.AuditEvent;
import id.alur.audit.AuditTrail;
import id.alur.cases.CaseDocument;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.CitizenAccess;
import id.alur.cases.TrackingNumber;
import id.alur.citizen.CitizenUploads;
import id.alur.citizen.CitizenUploads.CheckedFile;
import id.alur.citizen.IdempotentSubmissions;
import id.alur.complaint.ComplaintRoutes.Route;
import id.alur.complaint.ComplaintRoutes.Subject;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a complaint case in one transaction: the case (owned by the coordinator until it is dispatched), the
 * idempotency key, the complaint with the routing table's proposal, the photos, the process instance that carries
 * it, and the citizen's access code. If any of it fails, none of it stays.
 */
@Service
class ComplaintSubmissions {

  static final String KIND = "COMPLAINT";
  static final String ACTOR = "citizen";
  static final String PHOTO_PREFIX = "foto";

  private final CaseRegistry cases;
  private final IdempotentSubmissions idempotency;
  private final ComplaintRecords records;
  private final ComplaintRoutes routes;
  private final CitizenUploads uploads;
  private final RuntimeService runtime;
  private final AuditTrail trail;
  private final CitizenAccess access;

  ComplaintSubmissions(CaseRegistry cases, IdempotentSubmissions idempotency, ComplaintRecords records,
      ComplaintRoutes routes, CitizenUploads uploads, RuntimeService runtime, AuditTrail trail, CitizenAccess access) {
    this.cases = cases;
    this.idempotency = idempotency;
    this.records = records;
    this.routes = routes;
    this.uploads = uploads;
    this.runtime = runtime;
    this.trail = trail;
    this.access = access;
  }

  @Transactional
  public IdempotentSubmissions.Opened submit(ComplaintRequest request, List<CheckedFile> photos, Optional<String> key,
      String requestHash) {
    Route route = routes.propose(new Subject(request.category(), request.roadStatus(), request.majorRiver(),
        request.place().kecamatanOpd())).orElseThrow(() -> new IllegalStateException(
            "ComplaintRouting offers no route for the checked category " + request.category()));
    TrackingNumber number = cases.open(ComplaintHandlingProcess.CASE_PREFIX, ComplaintHandlingProcess.COORDINATOR_OPD,
        CaseStatus.DITERIMA);
    idempotency.remember(key, KIND, requestHash, number);
    // A report of pungli by a civil servant is confidential whatever the citizen ticked: its public listing
    // could warn the one reported, or expose the one reporting.
    boolean confidential = request.confidential() || route.confidential();
    records.insert(new Complaint(number.value(), request.category(), request.description(),
        request.place().kecamatanOpd(), request.place().kelurahan(), request.latitude(), request.longitude(),
        request.roadStatus(), request.majorRiver(), request.anonymous(), confidential, request.complainant(),
        route.opd(), route.externalAgency(), ComplaintAction.WAIT, Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), 0, OffsetDateTime.now()));
    List<CaseDocument> stored = uploads.store(number, PHOTO_PREFIX, photos, ACTOR);
    trail.record(new AuditEvent(ACTOR, ComplaintHandlingProcess.COORDINATOR_OPD, number.value(),
        "COMPLAINT_SUBMITTED", Map.of("category", request.category(), "kecamatan", request.place().kecamatanOpd(),
            "photos", stored.size())));
    Map<String, Object> variables = new HashMap<>();
    variables.put(TrackingNumber.VARIABLE, number.value());
    variables.put(ComplaintHandlingProcess.CATEGORY, request.category());
    variables.put(ComplaintHandlingProcess.PROPOSED_OPD, route.opd());
    route.externalAgency().ifPresent(agency -> variables.put(ComplaintHandlingProcess.PROPOSED_EXTERNAL, agency));
    ProcessInstance instance = runtime.startProcessInstanceByKey(ComplaintHandlingProcess.KEY, number.value(),
        variables);
    cases.linkProcessInstance(number, instance.getId());
    return new IdempotentSubmissions.Opened(number, access.issue(number));
  }
}
