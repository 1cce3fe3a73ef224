package id.alur.permit;

import id.alur.cases.PersonalDataMasks;
import id.alur.cases.CaseFile;
import id.alur.cases.PublicStatus;
import id.alur.cases.ReadableCases;
import id.alur.identity.StaffUser;
import id.alur.web.ApiProblem;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What staff read of a permit application, {@code GET /api/permits/{trackingNumber}}, for whoever may read the
 * case (its OPD's clerks and head, the auditors): the application with the NIK and phone number masked, the
 * standard it was filed under, the review's notes, the SKRD and the permit. Every read is on the audit trail.
 */
@RestController
@RequestMapping("/api/permits")
class PermitStaffApi {

  record ApplicantView(String name, String nik, Optional<String> email, Optional<String> phone) {
  }

  record PaymentView(String skrdNumber, long amount, String basis, String state, Instant expiresAt) {
  }

  record PermitView(String number, Instant issuedAt, boolean deemedGranted, String documentId) {
  }

  record ApplicationView(String trackingNumber, PublicStatus status, String owningOpd, PermitStandard standard,
      ApplicantView applicant, String objectDescription, String objectLocation, PermitAction citizenAction,
      Optional<String> citizenRequest, Optional<String> breachedOpd, Optional<PaymentView> payment,
      Optional<PermitView> permit) {
  }

  private final ReadableCases cases;
  private final PermitApplications applications;
  private final PermitPayments payments;
  private final PermitCertificates certificates;

  PermitStaffApi(ReadableCases cases, PermitApplications applications, PermitPayments payments,
      PermitCertificates certificates) {
    this.cases = cases;
    this.applications = applications;
    this.payments = payments;
    this.certificates = certificates;
  }

  @GetMapping("/{trackingNumber}")
  ApplicationView read(@PathVariable String trackingNumber, @AuthenticationPrincipal StaffUser staff) {
    CaseFile caseFile = cases.get(trackingNumber, staff);
    String number = caseFile.trackingNumber().value();
    PermitApplication application = applications.find(number).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
        "trackingNumber", "Kasus ini bukan permohonan izin", "This case is not a permit application"));
    PermitApplication.Applicant applicant = application.applicant();
    return new ApplicationView(number, caseFile.status(), caseFile.owningOpd(), application.standard(),
        new ApplicantView(applicant.name(), applicant.maskedNik(), applicant.email(),
            applicant.phone().map(PersonalDataMasks::phone)),
        application.objectDescription(), application.objectLocation(), application.citizenAction(),
        application.citizenRequest(), application.breachedOpd(),
        payments.ofCase(number).map(payment -> new PaymentView(payment.skrdNumber(), payment.amount(),
            payment.basis(), payment.state().name(), payment.expiresAt())),
        certificates.ofCase(caseFile.trackingNumber()).map(permit -> new PermitView(permit.number(),
            permit.issuedAt(), permit.content().deemedGranted(), permit.documentId())));
  }

}
