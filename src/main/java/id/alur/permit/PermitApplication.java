package id.alur.permit;

import id.alur.cases.PersonalDataMasks;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A permit application as the module keeps it, with the service standard it was filed under. */
public record PermitApplication(String trackingNumber, PermitStandard standard, Applicant applicant,
    String objectDescription, String objectLocation, PermitAction citizenAction, Optional<String> citizenRequest,
    Optional<String> breachedOpd, OffsetDateTime submittedAt) {

  /** Who applies; the NIK never leaves the module unmasked except to the applicant's own permit. */
  public record Applicant(String name, String nik, Optional<String> email, Optional<String> phone) {

    /** The NIK as staff lists show it: province and regency code and the last four digits. */
    public String maskedNik() {
      return PersonalDataMasks.nik(nik);
    }
  }
}
