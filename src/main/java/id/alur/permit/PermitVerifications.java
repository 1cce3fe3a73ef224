package id.alur.permit;

import id.alur.cases.CaseDocuments;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.PublicStatus;
import id.alur.cases.TrackingNumber;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the permit of a number is genuine: a permit of that number was issued, its stored row still matches
 * its signature, and the PDF stored with the case still has the SHA-256 the signature covers (so a replaced PDF
 * fails too, not only a changed row). The public API and page answer from here.
 */
@Component
class PermitVerifications {

  /** A permit found by its number; {@code status} is that of the permit (issued, or deemed granted). */
  record Verification(PermitNumber number, boolean genuine, IssuedPermit permit, PublicStatus status) {
  }

  private final IssuedPermitTable table;
  private final PermitSignatures signatures;
  private final CaseDocuments documents;
  private final CaseRegistry cases;

  PermitVerifications(IssuedPermitTable table, PermitSignatures signatures, CaseDocuments documents,
      CaseRegistry cases) {
    this.table = table;
    this.signatures = signatures;
    this.documents = documents;
    this.cases = cases;
  }

  /** Empty when the text is no permit number or no permit has it. */
  @Transactional(readOnly = true)
  Optional<Verification> verify(String numberText) {
    return PermitNumber.tryParse(numberText).flatMap(number -> table.byNumber(number.value()).map(row -> {
      IssuedPermit permit = row.permit();
      boolean genuine = signatures.matches(permit, row.signature()) && documentUnchanged(permit);
      PublicStatus status = cases.publicStatus(permit.content().deemedGranted()
          ? CaseStatus.DIANGGAP_DIKABULKAN : CaseStatus.TERBIT);
      return new Verification(number, genuine, permit, status);
    }));
  }

  private boolean documentUnchanged(IssuedPermit permit) {
    return TrackingNumber.tryParse(permit.trackingNumber())
        .flatMap(caseNumber -> documents.find(caseNumber, permit.documentId()))
        .map(document -> sha256(documents.content(document)).equals(permit.documentSha256()))
        .orElse(false);
  }

  private static String sha256(byte[] content) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }
}
