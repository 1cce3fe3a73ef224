package id.alur.citizen;

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
 * Reading what citizens send as JSON, field by field: every problem is a 400 naming the field, in Bahasa Indonesia
 * and English, so that the permit and complaint APIs refuse alike. Also the shapes of a citizen's identifiers.
 */
public final class RequestFields {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern NIK = Pattern.compile("\\d{16}");
  private static final Pattern PHONE = Pattern.compile("\\+?\\d{8,15}");
  // The address forms mail servers take; the mailbox itself is not verified here.
  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

  private RequestFields() {
  }

  /** The part {@code part} as a JSON object with no field outside {@code fields}. */
  public static JsonNode object(String json, String part, Set<String> fields) {
    JsonNode body;
    try {
      body = json == null ? null : JSON.readTree(json);
    } catch (JsonProcessingException e) {
      body = null;
    }
    if (body == null || !body.isObject()) {
      throw problem(part, "Bagian " + part + " harus berupa objek JSON", "The part " + part + " must be a JSON object");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!fields.contains(name)) {
        throw problem(name, "Kolom " + name + " tidak dikenal", "Unknown field " + name);
      }
    }
    return body;
  }

  public static String required(JsonNode body, String field, int min, int max) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      throw problem(field, "Kolom " + field + " wajib diisi", "Field " + field + " is required");
    }
    return text(value, field, min, max);
  }

  public static Optional<String> optional(JsonNode body, String field, int max) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
      return Optional.empty();
    }
    return Optional.of(text(value, field, 1, max));
  }

  public static Optional<Double> number(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
      throw problem(field, "Kolom " + field + " harus berupa angka", "Field " + field + " must be a number");
    }
    return Optional.of(value.asDouble());
  }

  public static boolean flag(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw problem(field, "Kolom " + field + " harus true atau false", "Field " + field + " must be true or false");
    }
    return value.booleanValue();
  }

  /** A NIK: 16 digits. */
  public static String nik(String nik, String field) {
    if (!NIK.matcher(nik).matches()) {
      throw problem(field, "NIK harus 16 angka", "The NIK must be 16 digits");
    }
    return nik;
  }

  /** A phone number as typed (blanks and dashes forgiven), kept as 8-15 digits with an optional +. */
  public static Optional<String> phone(JsonNode body, String field) {
    Optional<String> phone = optional(body, field, 20).map(value -> value.replaceAll("[ -]", ""));
    if (phone.isPresent() && !PHONE.matcher(phone.get()).matches()) {
      throw problem(field, "Nomor telepon harus 8-15 angka", "The phone number must be 8-15 digits");
    }
    return phone;
  }

  public static Optional<String> email(JsonNode body, String field) {
    Optional<String> email = optional(body, field, 254);
    if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
      throw problem(field, "Alamat email tidak valid", "Not a valid e-mail address");
    }
    return email;
  }

  public static ApiProblem problem(String field, String indonesian, String english) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, field, indonesian, english);
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
}
