package id.alur.cases;

import id.alur.identity.StaffUser;
import id.alur.web.ApiProblem;
import java.util.function.Predicate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A case as an API caller names it, if {@link CaseReadPolicy} lets them read it: 400 for a malformed tracking
 * number, 404 for an unknown one, 403 for someone else's case. Every staff endpoint under a case uses this,
 * and every read is published ({@link CaseRead}) for the audit trail.
 */
@Component
public class ReadableCases {

  private final CaseRegistry registry;
  private final ApplicationEventPublisher events;

  ReadableCases(CaseRegistry registry, ApplicationEventPublisher events) {
    this.registry = registry;
    this.events = events;
  }

  public CaseFile get(String trackingNumber, StaffUser staff) {
    return get(trackingNumber, staff, caseFile -> false);
  }

  /**
   * The same, where a module lets more staff read what it keeps of the case than {@link CaseReadPolicy} does
   * (the target OPD of a pending hand-off reads that hand-off).
   */
  public CaseFile get(String trackingNumber, StaffUser staff, Predicate<CaseFile> alsoAllowed) {
    TrackingNumber number = TrackingNumber.tryParse(trackingNumber).orElseThrow(() -> new ApiProblem(
        HttpStatus.BAD_REQUEST, "trackingNumber", "Nomor registrasi tidak valid (contoh PRM-2026-000123)",
        "Not a tracking number (like PRM-2026-000123)"));
    CaseFile caseFile = registry.find(number).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
        "trackingNumber", "Kasus tidak ditemukan", "No such case"));
    if (!CaseReadPolicy.mayRead(staff, caseFile) && !alsoAllowed.test(caseFile)) {
      throw ApiProblem.forbidden();
    }
    events.publishEvent(new CaseRead(caseFile.trackingNumber().value(), caseFile.owningOpd(), staff.userId()));
    return caseFile;
  }
}
