package id.alur.citizen;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alur.cases.CaseDocument;
import id.alur.cases.CaseFile;
import id.alur.cases.CitizenAccess;
import id.alur.cases.NextStep;
import id.alur.cases.NextSteps;
import id.alur.cases.PublicStatus;
import id.alur.web.ApiProblem;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * A citizen follows their case: tracking number in the path, access code in the {@code X-Access-Code}
 * header (not the URL, so that it stays out of logs and browser history). An unknown case and a wrong
 * code get the same 404, so the API tells nobody which numbers exist. The citizen answers what the city asked
 * (a completed file, a revision) through {@code responses}.
 */
@RestController
@RequestMapping("/api/public/cases")
class PublicCaseApi {

  static final String ACCESS_CODE = "X-Access-Code";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** What a citizen sees of their case. */
  record PublicCaseView(String trackingNumber, PublicStatus status, OffsetDateTime updatedAt,
      Optional<OffsetDateTime> dueAt, Optional<NextStep> nextStep) {
  }

  /** The stored documents of an answer, by the names the city gave them. */
  record ResponseReceipt(String trackingNumber, List<StoredFile> documents) {
  }

  record StoredFile(String id, String fileName, String mediaType, long sizeBytes, String sha256) {
    static StoredFile of(CaseDocument document) {
      return new StoredFile(document.id(), document.fileName(), document.mediaType(), document.sizeBytes(),
          document.sha256());
    }
  }

  private final CitizenAccess access;
  private final List<NextSteps> services;
  private final CitizenUploads uploads;
  private final CitizenResponses responses;

  PublicCaseApi(CitizenAccess access, List<NextSteps> services, CitizenUploads uploads, CitizenResponses responses) {
    this.access = access;
    this.services = services;
    this.uploads = uploads;
    this.responses = responses;
  }

  @GetMapping("/{trackingNumber}")
  PublicCaseView read(@PathVariable String trackingNumber, @RequestHeader(ACCESS_CODE) String accessCode) {
    CaseFile caseFile = open(trackingNumber, accessCode);
    Optional<NextStep> next = services.stream()
        .filter(service -> service.prefix().equals(caseFile.trackingNumber().prefix()))
        .findFirst()
        .flatMap(service -> service.of(caseFile));
    return new PublicCaseView(caseFile.trackingNumber().value(), caseFile.status(), caseFile.updatedAt(),
        next.flatMap(NextStep::dueAt), next);
  }

  /** An answer with documents: the part {@code response} ({@code {"message": "..."}}) and files {@code documents}. */
  @PostMapping(path = "/{trackingNumber}/responses", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseReceipt respond(@PathVariable String trackingNumber, @RequestHeader(ACCESS_CODE) String accessCode,
      @RequestPart(name = "response", required = false) String response,
      @RequestPart(name = "documents", required = false) List<MultipartFile> documents) {
    return answer(trackingNumber, accessCode, response, documents == null ? List.of() : documents);
  }

  /** An answer without documents. */
  @PostMapping(path = "/{trackingNumber}/responses", consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseReceipt respondInWords(@PathVariable String trackingNumber, @RequestHeader(ACCESS_CODE) String accessCode,
      @org.springframework.web.bind.annotation.RequestBody String response) {
    return answer(trackingNumber, accessCode, response, List.of());
  }

  private ResponseReceipt answer(String trackingNumber, String accessCode, String response,
      List<MultipartFile> documents) {
    CaseFile caseFile = open(trackingNumber, accessCode);
    String message = message(response);
    List<CitizenUploads.CheckedFile> files = uploads.check(documents, uploads.storedBytes(caseFile.trackingNumber()));
    List<StoredFile> stored = responses.respond(caseFile, message, files).stream().map(StoredFile::of).toList();
    return new ResponseReceipt(caseFile.trackingNumber().value(), stored);
  }

  private CaseFile open(String trackingNumber, String accessCode) {
    return access.require(trackingNumber, accessCode);
  }

  private static String message(String response) {
    JsonNode body;
    try {
      body = response == null ? null : JSON.readTree(response);
    } catch (JsonProcessingException e) {
      body = null;
    }
    if (body == null || !body.isObject()) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "response", "Jawaban harus berupa JSON {\"message\": \"...\"}",
          "The response must be JSON {\"message\": \"...\"}");
    }
    JsonNode message = body.path("message");
    if (!message.isTextual() || message.asText().isBlank()) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "message", "Tuliskan jawaban Anda", "Write your answer");
    }
    if (message.asText().length() > CitizenResponses.MAX_MESSAGE) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, "message",
          "Jawaban paling panjang " + CitizenResponses.MAX_MESSAGE + " karakter",
          "The answer may have at most " + CitizenResponses.MAX_MESSAGE + " characters");
    }
    return message.asText().strip();
  }
}
