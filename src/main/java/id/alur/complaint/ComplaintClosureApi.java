package id.alur.complaint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alur.cases.CaseFile;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CitizenAccess;
import id.alur.cases.PublicStatus;
import id.alur.complaint.ComplaintClosures.Closure;
import id.alur.web.ApiProblem;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The complainant's last word, {@code POST /api/public/cases/{trackingNumber}/closure} with the access code in
 * {@code X-Access-Code}: {@code {"decision": "confirm", "rating": 1-5, "comment": "..."}} or
 * {@code {"decision": "reopen", "comment": "what is still wrong"}}. 409 when the complaint is not waiting for it or
 * has been reopened {@value ComplaintHandlingProcess#MAX_REOPENINGS} times already.
 */
@RestController
@RequestMapping("/api/public/cases")
class ComplaintClosureApi {

  static final String ACCESS_CODE = "X-Access-Code";
  static final int MAX_COMMENT = 2000;
  static final int MIN_REOPEN_COMMENT = 10;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FIELDS = Set.of("decision", "rating", "comment");

  record Received(String trackingNumber, String decision, PublicStatus status) {
  }

  private final CitizenAccess access;
  private final ComplaintClosures closures;
  private final CaseRegistry cases;

  ComplaintClosureApi(CitizenAccess access, ComplaintClosures closures, CaseRegistry cases) {
    this.access = access;
    this.closures = closures;
    this.cases = cases;
  }

  @PostMapping(path = "/{trackingNumber}/closure", consumes = MediaType.APPLICATION_JSON_VALUE)
  Received close(@PathVariable String trackingNumber, @RequestHeader(ACCESS_CODE) String accessCode,
      @RequestBody String body) {
    CaseFile caseFile = access.require(trackingNumber, accessCode);
    Closure closure = parse(body);
    closures.close(caseFile, closure);
    return new Received(caseFile.trackingNumber().value(), closure.decision(),
        cases.get(caseFile.trackingNumber()).status());
  }

  static Closure parse(String json) {
    JsonNode body;
    try {
      body = json == null ? null : JSON.readTree(json);
    } catch (JsonProcessingException e) {
      body = null;
    }
    if (body == null || !body.isObject()) {
      throw problem("body", "Tanggapan harus berupa objek JSON", "The response must be a JSON object");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw problem(name, "Kolom " + name + " tidak dikenal", "Unknown field " + name);
      }
    }
    JsonNode decision = body.path("decision");
    boolean confirm = decision.isTextual() && decision.asText().equals(ComplaintHandlingProcess.CONFIRM);
    boolean reopen = decision.isTextual() && decision.asText().equals(ComplaintHandlingProcess.REOPEN);
    if (!confirm && !reopen) {
      throw problem("decision", "Pilih \"confirm\" (jawaban diterima) atau \"reopen\" (buka kembali)",
          "Choose \"confirm\" (the answer is accepted) or \"reopen\"");
    }
    Optional<Integer> rating = rating(body.get("rating"));
    if (confirm && rating.isEmpty()) {
      throw problem("rating", "Beri penilaian 1-5 untuk jawaban ini", "Rate the answer from 1 to 5");
    }
    Optional<String> comment = comment(body.get("comment"));
    if (reopen && comment.map(String::length).orElse(0) < MIN_REOPEN_COMMENT) {
      throw problem("comment", "Tuliskan apa yang belum selesai (paling sedikit " + MIN_REOPEN_COMMENT + " karakter)",
          "Say what is still not resolved (at least " + MIN_REOPEN_COMMENT + " characters)");
    }
    return new Closure(decision.asText(), rating, comment);
  }

  private static Optional<Integer> rating(JsonNode value) {
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isIntegralNumber() || value.asInt() < 1 || value.asInt() > 5) {
      throw problem("rating", "Penilaian harus bilangan bulat 1-5", "The rating must be a whole number from 1 to 5");
    }
    return Optional.of(value.asInt());
  }

  private static Optional<String> comment(JsonNode value) {
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw problem("comment", "Komentar harus berupa teks", "The comment must be text");
    }
    String text = value.asText().strip();
    if (text.length() > MAX_COMMENT) {
      throw problem("comment", "Komentar paling panjang " + MAX_COMMENT + " karakter",
          "The comment may have at most " + MAX_COMMENT + " characters");
    }
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static ApiProblem problem(String field, String indonesian, String english) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, field, indonesian, english);
  }
}
