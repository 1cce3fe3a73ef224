package id.alur.permit;

import id.alur.cases.CaseRegistry;
import id.alur.cases.PublicStatus;
import id.alur.cases.TrackingNumber;
import id.alur.citizen.CitizenUploads;
import id.alur.citizen.CitizenUploads.CheckedFile;
import id.alur.citizen.IdempotentSubmissions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Citizens apply for a permit: {@code POST /api/public/permits} with the part {@code application} (JSON, see
 * {@link PermitRequest}) and the files {@code documents} (PDF, JPEG, PNG). The answer carries the tracking number
 * and the access code, shown only here. A retry with the same {@code Idempotency-Key} answers the same case with a
 * fresh access code (the first answer may never have arrived; only the hash of a code is kept, so the earlier
 * code cannot be told again and stops working). {@code GET /api/public/permit-types} lists what can be applied for.
 */
@RestController
@RequestMapping("/api/public")
class PermitSubmissionApi {

  record PermitType(String code, String name, int slaWorkingDays, boolean surveyRequired, String feeRule,
      List<String> requiredDocuments) {
  }

  record Submitted(String trackingNumber, String accessCode, PublicStatus status, boolean replayed) {
  }

  private final PermitStandards standards;
  private final PermitSubmissions submissions;
  private final IdempotentSubmissions idempotency;
  private final CitizenUploads uploads;
  private final CaseRegistry cases;

  PermitSubmissionApi(PermitStandards standards, PermitSubmissions submissions, IdempotentSubmissions idempotency,
      CitizenUploads uploads, CaseRegistry cases) {
    this.standards = standards;
    this.submissions = submissions;
    this.idempotency = idempotency;
    this.uploads = uploads;
    this.cases = cases;
  }

  @GetMapping("/permit-types")
  List<PermitType> types() {
    return standards.types().stream().flatMap(type -> standards.of(type).stream())
        .map(standard -> new PermitType(standard.permitType(), standard.permitTypeName(), standard.slaWorkingDays(),
            standard.surveyRequired(), standard.feeRule().name(),
            List.of(standard.requiredDocuments().split(";\\s*"))))
        .toList();
  }

  @PostMapping(path = "/permits", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Submitted> submit(@RequestPart(name = "application", required = false) String application,
      @RequestPart(name = "documents", required = false) List<MultipartFile> documents,
      @RequestHeader(name = IdempotentSubmissions.HEADER, required = false) String idempotencyKey) {
    PermitRequest request = PermitRequest.parse(application);
    PermitStandard standard = standards.of(request.permitType()).orElseThrow(() -> PermitRequest.problem("permitType",
        "Jenis izin tidak dikenal: pilih salah satu dari " + standards.types(),
        "Unknown permit type: choose one of " + standards.types()));
    if (documents == null || documents.isEmpty()) {
      throw PermitRequest.problem("documents", "Lampirkan berkas persyaratan: " + standard.requiredDocuments(),
          "Attach the required documents: " + standard.requiredDocuments());
    }
    List<CheckedFile> files = uploads.check(documents);
    List<byte[]> parts = new ArrayList<>();
    parts.add(application.getBytes(StandardCharsets.UTF_8));
    files.forEach(file -> parts.add(file.content()));
    String hash = IdempotentSubmissions.requestHash(parts);
    Optional<String> key = Optional.ofNullable(idempotencyKey);
    IdempotentSubmissions.Outcome outcome = idempotency.submit(key, PermitSubmissions.KIND, hash,
        () -> submissions.submit(request, standard, files, key, hash));
    TrackingNumber number = outcome.trackingNumber();
    Submitted body = new Submitted(number.value(), outcome.accessCode(), cases.get(number).status(),
        outcome.replayed());
    return ResponseEntity.status(outcome.replayed() ? HttpStatus.OK : HttpStatus.CREATED).body(body);
  }
}
