package id.alur.permit;

import id.alur.audit.AuditEvent;
import id.alur.audit.AuditTrail;
import id.alur.cases.CaseDocument;
import id.alur.cases.CaseDocuments;
import id.alur.cases.CaseRegistry;
import id.alur.cases.NumberSeries;
import id.alur.cases.TrackingNumber;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the permit that ends a granted (or deemed granted) permit case: takes the next number of the permit code's
 * yearly series, renders the PDF with its QR code, stores it with the case, signs the permit and records it on the
 * audit trail, all in the caller's transaction, so that a rollback leaves no permit, no document and no used
 * number behind. Numbers are {@code <code>/<sequence>/<issuing OPD>/<year>}; each code (PBG, RKL, SIP) counts
 * from 1 each year (Asia/Jakarta) without gaps, on the same row-locked counters as tracking numbers, so a code
 * must not be one of the services' tracking prefixes (PRM, ADU, ANG) or another series' name (SRT).
 */
@Service
public class PermitCertificates {

  static final String ISSUED = "PERMIT_ISSUED";
  private static final int MAX_TEXT = 2000;
  private static final int MAX_NAME = 200;
  private static final int MAX_CONDITIONS_TEXT = 20_000;

  private final NumberSeries series;
  private final CaseRegistry cases;
  private final CaseDocuments documents;
  private final AuditTrail trail;
  private final PermitLetters letters;
  private final PermitSignatures signatures;
  private final IssuedPermitTable table;
  private final ZoneId zone;
  private final String issuingOpd;

  PermitCertificates(NumberSeries series, CaseRegistry cases, CaseDocuments documents, AuditTrail trail,
      PermitLetters letters, PermitSignatures signatures, IssuedPermitTable table,
      @Value("${alur.cases.zone}") ZoneId zone, @Value("${alur.permit.issuing-opd}") String issuingOpd) {
    this.series = series;
    this.cases = cases;
    this.documents = documents;
    this.trail = trail;
    this.letters = letters;
    this.signatures = signatures;
    this.table = table;
    this.zone = zone;
    this.issuingOpd = issuingOpd;
  }

  /**
   * Numbers, renders, signs and stores the permit of a case, in the caller's transaction (a rollback gives the
   * number back). A case has one permit: a second issue throws {@link IllegalStateException}.
   */
  @Transactional
  public IssuedPermit issue(TrackingNumber caseNumber, String numberCode, PermitContent content, String actor) {
    check(caseNumber, content);
    String owningOpd = cases.get(caseNumber).owningOpd();
    if (table.byCase(caseNumber.value()).isPresent()) {
      throw new IllegalStateException(caseNumber + " already has a permit");
    }
    // The engine's clock, which process tests move: the date on the permit is the date of the step that issues it.
    Instant issuedAt = ClockUtil.getCurrentTime().toInstant().truncatedTo(ChronoUnit.MILLIS);
    int year = issuedAt.atZone(zone).getYear();
    PermitNumber number = new PermitNumber(numberCode, series.next(numberCode, year), issuingOpd, year);
    byte[] pdf = letters.render(number, issuingOpd, issuedAt, content);
    CaseDocument document = documents.store(caseNumber, new CaseDocuments.NewDocument(PermitLetters.KIND,
        PermitLetters.fileName(number), "application/pdf", pdf), actor);
    IssuedPermit permit = new IssuedPermit(number.value(), caseNumber.value(), document.id(), document.sha256(),
        issuedAt, content);
    try {
      table.insert(permit, actor, signatures.sign(permit));
    } catch (DuplicateKeyException concurrentIssue) {
      // Another transaction issued this case's permit between the check above and here.
      throw new IllegalStateException(caseNumber + " already has a permit", concurrentIssue);
    }
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("permitNumber", permit.number());
    details.put("permitType", content.permitType());
    details.put("documentId", document.id());
    details.put("documentSha256", document.sha256());
    details.put("deemedGranted", content.deemedGranted());
    trail.record(new AuditEvent(actor, owningOpd, caseNumber.value(), ISSUED, details));
    return permit;
  }

  public Optional<IssuedPermit> ofCase(TrackingNumber caseNumber) {
    return table.byCase(caseNumber.value()).map(IssuedPermitTable.Row::permit);
  }

  private static void check(TrackingNumber caseNumber, PermitContent content) {
    if (!content.trackingNumber().equals(caseNumber.value())) {
      throw new IllegalArgumentException("the content names case " + content.trackingNumber() + ", not " + caseNumber);
    }
    requireText("permitType", content.permitType(), 40);
    requireText("permitTypeName", content.permitTypeName(), MAX_NAME);
    requireText("holderName", content.holderName(), MAX_NAME);
    requireText("objectDescription", content.objectDescription(), MAX_TEXT);
    requireText("objectLocation", content.objectLocation(), 1000);
    int conditionsText = 0;
    for (String condition : content.conditions()) {
      requireText("condition", condition, MAX_TEXT);
      conditionsText += condition.length();
    }
    if (conditionsText > MAX_CONDITIONS_TEXT) {
      throw new IllegalArgumentException("conditions longer than " + MAX_CONDITIONS_TEXT + " characters in all");
    }
  }

  private static void requireText(String name, String value, int max) {
    if (value.isBlank() || value.length() > max) {
      throw new IllegalArgumentException(name + " must be 1 to " + max + " characters: "
          + value.substring(0, Math.min(value.length(), 60)));
    }
  }
}
