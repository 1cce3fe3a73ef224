package id.alur.complaint;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A complaint as the module keeps it. */
public record Complaint(String trackingNumber, String category, String description, String kecamatanOpd,
    String kelurahan, Optional<Double> latitude, Optional<Double> longitude, Optional<String> roadStatus,
    boolean majorRiver, boolean anonymous, boolean confidential, Complainant complainant, String proposedOpd,
    Optional<String> proposedExternal, ComplaintAction citizenAction, Optional<String> citizenRequest,
    Optional<String> firstResponse, Optional<String> answer, Optional<Integer> rating, Optional<String> ratingComment,
    int reopenCount, OffsetDateTime submittedAt) {

  /** Who complains. An anonymous complainant's name and contact are the coordinator's to read, nobody else's. */
  public record Complainant(String name, Optional<String> nik, Optional<String> phone, Optional<String> email) {
  }
}
