package id.alur.permit;

import id.alur.cases.TrackingNumber;
import java.util.Optional;
import org.springframework.stereotype.Service;

/** STUB until the certificate branch is merged. */
@Service
public class PermitCertificates {
  public IssuedPermit issue(TrackingNumber caseNumber, String numberCode, PermitContent content, String actor) {
    throw new UnsupportedOperationException("stub");
  }

  public Optional<IssuedPermit> ofCase(TrackingNumber caseNumber) {
    return Optional.empty();
  }
}
