package id.alur.permit;

import id.alur.cases.CaseDocument;
import id.alur.cases.CaseDocuments;
import id.alur.cases.CaseFile;
import id.alur.cases.CitizenAccess;
import id.alur.web.ApiProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** The applicant downloads their permit: {@code GET /api/public/cases/{trackingNumber}/permit} with the access code. */
@RestController
class PermitDownloadApi {

  private final CitizenAccess access;
  private final PermitCertificates certificates;
  private final CaseDocuments documents;

  PermitDownloadApi(CitizenAccess access, PermitCertificates certificates, CaseDocuments documents) {
    this.access = access;
    this.certificates = certificates;
    this.documents = documents;
  }

  @GetMapping("/api/public/cases/{trackingNumber}/permit")
  ResponseEntity<byte[]> download(@PathVariable String trackingNumber,
      @RequestHeader("X-Access-Code") String accessCode) {
    CaseFile caseFile = access.require(trackingNumber, accessCode);
    IssuedPermit permit = certificates.ofCase(caseFile.trackingNumber()).orElseThrow(() -> new ApiProblem(
        HttpStatus.NOT_FOUND, "permit", "Izin untuk kasus ini belum terbit", "No permit has been issued on this case"));
    CaseDocument document = documents.find(caseFile.trackingNumber(), permit.documentId()).orElseThrow();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.fileName()).build()
            .toString())
        .header("X-Content-SHA256", document.sha256())
        .body(documents.content(document));
  }
}
