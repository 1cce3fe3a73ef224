package id.alur.cases;

import id.alur.identity.StaffUser;
import id.alur.web.ApiProblem;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The documents of a case (letters written by the city), for the staff who may read the case. */
@RestController
@RequestMapping("/api/cases/{trackingNumber}/documents")
class CaseDocumentApi {

  private final ReadableCases cases;
  private final CaseDocuments documents;

  CaseDocumentApi(ReadableCases cases, CaseDocuments documents) {
    this.cases = cases;
    this.documents = documents;
  }

  @GetMapping
  List<CaseDocument> list(@PathVariable String trackingNumber, @AuthenticationPrincipal StaffUser staff) {
    return documents.ofCase(cases.get(trackingNumber, staff).trackingNumber());
  }

  @GetMapping("/{documentId}")
  ResponseEntity<byte[]> content(@PathVariable String trackingNumber, @PathVariable String documentId,
      @AuthenticationPrincipal StaffUser staff) {
    CaseFile caseFile = cases.get(trackingNumber, staff);
    CaseDocument document = documents.find(caseFile.trackingNumber(), documentId).orElseThrow(() ->
        new ApiProblem(HttpStatus.NOT_FOUND, "documentId", "Dokumen tidak ditemukan pada kasus ini",
            "No such document on this case"));
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(document.mediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(document.fileName())
            .build().toString())
        .header("X-Content-SHA256", document.sha256())
        .body(documents.content(document));
  }
}
