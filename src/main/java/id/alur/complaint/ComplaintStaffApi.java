package id.alur.complaint;

import id.alur.cases.PersonalDataMasks;
import id.alur.cases.CaseFile;
import id.alur.cases.PublicStatus;
import id.alur.cases.ReadableCases;
import id.alur.identity.StaffGroups;
import id.alur.identity.StaffUser;
import id.alur.web.ApiProblem;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What staff read of a complaint, {@code GET /api/complaints/{trackingNumber}}, for whoever may read the case (the
 * coordinator, the owning OPD, the auditors). The NIK and phone number are always masked (UU 27/2022); an anonymous
 * complainant is "Anonim" without any contact for everyone but the coordinator, who must be able to ask them
 * something. Every read is on the audit trail.
 */
@RestController
@RequestMapping("/api/complaints")
class ComplaintStaffApi {

  static final String ANONYMOUS = "Anonim";

  record ComplainantView(String name, Optional<String> nik, Optional<String> phone, Optional<String> email,
      boolean anonymous) {
  }

  record ComplaintView(String trackingNumber, PublicStatus status, String owningOpd, String category,
      String description, String kecamatanOpd, String kelurahan, Optional<Double> latitude, Optional<Double> longitude,
      Optional<String> roadStatus, boolean majorRiver, boolean confidential, ComplainantView complainant,
      String proposedOpd, Optional<String> proposedExternal, ComplaintAction citizenAction,
      Optional<String> citizenRequest, Optional<String> firstResponse, Optional<String> answer,
      Optional<Integer> rating, Optional<String> ratingComment, int reopenCount, OffsetDateTime submittedAt) {
  }

  private final ReadableCases cases;
  private final ComplaintRecords records;

  ComplaintStaffApi(ReadableCases cases, ComplaintRecords records) {
    this.cases = cases;
    this.records = records;
  }

  @GetMapping("/{trackingNumber}")
  ComplaintView read(@PathVariable String trackingNumber, @AuthenticationPrincipal StaffUser staff) {
    CaseFile caseFile = cases.get(trackingNumber, staff);
    String number = caseFile.trackingNumber().value();
    Complaint complaint = records.find(number).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
        "trackingNumber", "Kasus ini bukan pengaduan", "This case is not a complaint"));
    return new ComplaintView(number, caseFile.status(), caseFile.owningOpd(), complaint.category(),
        complaint.description(), complaint.kecamatanOpd(), complaint.kelurahan(), complaint.latitude(),
        complaint.longitude(), complaint.roadStatus(), complaint.majorRiver(), complaint.confidential(),
        complainant(complaint, staff), complaint.proposedOpd(), complaint.proposedExternal(),
        complaint.citizenAction(), complaint.citizenRequest(), complaint.firstResponse(), complaint.answer(),
        complaint.rating(), complaint.ratingComment(), complaint.reopenCount(), complaint.submittedAt());
  }

  /** The complainant as this member of staff may see them. */
  static ComplainantView complainant(Complaint complaint, StaffUser staff) {
    Complaint.Complainant who = complaint.complainant();
    if (complaint.anonymous() && !staff.groups().contains(StaffGroups.COORDINATOR)) {
      return new ComplainantView(ANONYMOUS, Optional.empty(), Optional.empty(), Optional.empty(), true);
    }
    return new ComplainantView(who.name(), who.nik().map(PersonalDataMasks::nik),
        who.phone().map(PersonalDataMasks::phone), who.email(), complaint.anonymous());
  }
}
