package id.alur.permit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alur.web.ApiProblem;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * A citizen's application as the part {@code application} of {@code POST /api/public/permits} carries it,
 * checked field by field: the first problem is answered with 400 naming the field, and nothing is opened.
 */
record PermitRequest(String permitType, String applicantName, String applicantNik, Optional<String> applicantEmail,
    Optional<String> applicantPhone, String objectDescription, String objectLocation) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FIELDS = Set.of("permitType", "applicantName", "applicantNik", "applicantEmail",
      "applicantPhone", "objectDescription", "objectLocation");
  private static final Pattern NIK = Pattern.compile("\\d{16}");
  private static final Pattern PHONE = Pattern.compile("\\+?\\d{8,15}");
  // The address forms mail servers take; the mailbox itself is not verified here.
  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

  static PermitRequest parse(String json) {
    JsonNode body;
    try {
      body = json == null ? null : JSON.readTree(json);
    } catch (JsonProcessingException e) {
      body = null;
    }
    if (body == null || !body.isObject()) {
      throw problem("application", "Permohonan harus berupa objek JSON", "The application must be a JSON object");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw problem(name, "Kolom " + name + " tidak dikenal", "Unknown field " + name);
      }
    }
    String nik = required(body, "applicantNik", 16, 16);
    if (!NIK.matcher(nik).matches()) {
      throw problem("applicantNik", "NIK harus 16 angka", "The NIK must be 16 digits");
    }
    Optional<String> email = optional(body, "applicantEmail", 254);
    if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
      throw problem("applicantEmail", "Alamat email tidak valid", "Not a valid e-mail address");
    }
    Optional<String> phone = optional(body, "applicantPhone", 20).map(value -> value.replaceAll("[ -]", ""));
    if (phone.isPresent() && !PHONE.matcher(phone.get()).matches()) {
      throw problem("applicantPhone", "Nomor telepon harus 8-15 angka", "The phone number must be 8-15 digits");
    }
    return new PermitRequest(required(body, "permitType", 1, 40), required(body, "applicantName", 2, 200), nik, email,
        phone, required(body, "objectDescription", 5, 1000), required(body, "objectLocation", 5, 500));
  }

  private static String required(JsonNode body, String field, int min, int max) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      throw problem(field, "Kolom " + field + " wajib diisi", "Field " + field + " is required");
    }
    return text(value, field, min, max);
  }

  private static Optional<String> optional(JsonNode body, String field, int max) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      return Optional.empty();
    }
    return Optional.of(text(value, field, 1, max));
  }

  private static String text(JsonNode value, String field, int min, int max) {
    if (!value.isTextual()) {
      throw problem(field, "Kolom " + field + " harus berupa teks", "Field " + field + " must be text");
    }
    String text = value.asText().strip();
    if (text.length() < min || text.length() > max) {
      throw problem(field, "Panjang " + field + " harus " + min + "-" + max + " karakter",
          "Field " + field + " must have " + min + "-" + max + " characters");
    }
    return text;
  }

  static ApiProblem problem(String field, String indonesian, String english) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, field, indonesian, english);
  }
}
