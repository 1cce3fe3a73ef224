package id.alur.permit;

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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens a permit case in one transaction: the case, the idempotency key, the application with its service
 * standard, the documents, the process instance that carries it, and the citizen's access code. If any of it
 * fails, none of it stays.
 */
@Service
class PermitSubmissions {

  static final String KIND = "PERMIT";
  static final String ACTOR = "citizen";

  private final CaseRegistry cases;
  private final IdempotentSubmissions idempotency;
  private final PermitApplications applications;
  private final CitizenUploads uploads;
  private final RuntimeService runtime;
  private final AuditTrail trail;
  private final CitizenAccess access;

  PermitSubmissions(CaseRegistry cases, IdempotentSubmissions idempotency, PermitApplications applications,
      CitizenUploads uploads, RuntimeService runtime, AuditTrail trail, CitizenAccess access) {
    this.cases = cases;
    this.idempotency = idempotency;
    this.applications = applications;
    this.uploads = uploads;
    this.runtime = runtime;
    this.trail = trail;
    this.access = access;
  }

  @Transactional
  public IdempotentSubmissions.Opened submit(PermitRequest request, PermitStandard standard, List<CheckedFile> files,
      Optional<String> key, String requestHash) {
    TrackingNumber number = cases.open(PermitApplicationProcess.CASE_PREFIX, PermitSteps.FRONT_OFFICE,
        CaseStatus.DIAJUKAN);
    idempotency.remember(key, KIND, requestHash, number);
    applications.insert(new PermitApplication(number.value(), standard,
        new PermitApplication.Applicant(request.applicantName(), request.applicantNik(), request.applicantEmail(),
            request.applicantPhone()),
        request.objectDescription(), request.objectLocation(), PermitAction.WAIT, Optional.empty(), Optional.empty(),
        OffsetDateTime.now()));
    List<CaseDocument> stored = uploads.store(number, "berkas", files, ACTOR);
    trail.record(new AuditEvent(ACTOR, PermitSteps.FRONT_OFFICE, number.value(), "PERMIT_SUBMITTED",
        Map.of("permitType", standard.permitType(), "documents", stored.size())));
    ProcessInstance instance = runtime.startProcessInstanceByKey(PermitApplicationProcess.KEY, number.value(),
        Map.of(TrackingNumber.VARIABLE, number.value(), PermitApplicationProcess.PERMIT_TYPE, standard.permitType()));
    cases.linkProcessInstance(number, instance.getId());
    return new IdempotentSubmissions.Opened(number, access.issue(number));
  }
}
