package id.alur.complaint;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alur.complaint.CityAreas.Place;
import id.alur.complaint.Complaint.Complainant;
import id.alur.web.ApiProblem;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;

/**
 * A citizen's complaint as the part {@code complaint} of {@code POST /api/public/complaints} carries it, checked
 * field by field: the first problem is answered with 400 naming the field, and nothing is opened. The place must be
 * a kelurahan of its kecamatan in Tangerang Selatan; coordinates, when given, both and inside the city's box.
 */
record ComplaintRequest(String category, String description, Place place, Optional<Double> latitude,
    Optional<Double> longitude, Optional<String> roadStatus, boolean majorRiver, boolean anonymous,
    boolean confidential, Complainant complainant) {

  static final String ROAD_CATEGORY = "jalan";
  static final List<String> ROAD_STATUSES = List.of("city", "provincial", "national", "developer");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> FIELDS = Set.of("category", "description", "kecamatan", "kelurahan", "latitude",
      "longitude", "roadStatus", "majorRiver", "anonymous", "confidential", "complainantName", "complainantNik",
      "complainantPhone", "complainantEmail");
  private static final Pattern NIK = Pattern.compile("\\d{16}");
  private static final Pattern PHONE = Pattern.compile("\\+?\\d{8,15}");
  // The address forms mail servers take; the mailbox itself is not verified here.
  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

  /**
   * Reads and checks the part. {@code categories} are the routing table's; confidentiality the table fixes for a
   * category (pungli_asn) is applied later by the submission, which asks the table anyway.
   */
  static ComplaintRequest parse(String json, List<String> categories, CityAreas areas) {
    JsonNode body;
    try {
      body = json == null ? null : JSON.readTree(json);
    } catch (JsonProcessingException e) {
      body = null;
    }
    if (body == null || !body.isObject()) {
      throw problem("complaint", "Pengaduan harus berupa objek JSON", "The complaint must be a JSON object");
    }
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!FIELDS.contains(name)) {
        throw problem(name, "Kolom " + name + " tidak dikenal", "Unknown field " + name);
      }
    }
    String category = required(body, "category", 1, 40);
    if (!categories.contains(category)) {
      throw problem("category", "Kategori tidak dikenal: pilih salah satu dari " + categories,
          "Unknown category: choose one of " + categories);
    }
    String description = required(body, "description", 20, 5000);
    String kecamatan = required(body, "kecamatan", 1, 100);
    String kelurahan = required(body, "kelurahan", 1, 100);
    if (areas.kecamatan(kecamatan).isEmpty()) {
      throw problem("kecamatan", "Kecamatan " + kecamatan + " tidak ada di Kota Tangerang Selatan",
          "Kecamatan " + kecamatan + " is not in Kota Tangerang Selatan");
    }
    Place place = areas.place(kecamatan, kelurahan).orElseThrow(() -> problem("kelurahan",
        "Kelurahan " + kelurahan + " tidak termasuk Kecamatan " + kecamatan,
        "Kelurahan " + kelurahan + " is not in Kecamatan " + kecamatan));
    Optional<Double> latitude = coordinate(body, "latitude");
    Optional<Double> longitude = coordinate(body, "longitude");
    if (latitude.isPresent() != longitude.isPresent()) {
      String missing = latitude.isPresent() ? "longitude" : "latitude";
      throw problem(missing, "Isi garis lintang dan bujur bersama-sama, atau kosongkan keduanya",
          "Give both latitude and longitude, or neither");
    }
    if (latitude.isPresent() && !areas.inside(latitude.get(), longitude.get())) {
      throw problem("latitude", "Titik lokasi berada di luar Kota Tangerang Selatan",
          "The location lies outside Kota Tangerang Selatan");
    }
    Optional<String> roadStatus = optional(body, "roadStatus", 16);
    if (roadStatus.isPresent() && !ROAD_STATUSES.contains(roadStatus.get())) {
      throw problem("roadStatus", "Status jalan harus salah satu dari " + ROAD_STATUSES,
          "The road status must be one of " + ROAD_STATUSES);
    }
    // Said of another category it would route nothing and only mislead whoever reads the complaint.
    if (roadStatus.isPresent() && !category.equals(ROAD_CATEGORY)) {
      throw problem("roadStatus", "Status jalan hanya untuk kategori jalan",
          "A road status is only for the category jalan");
    }
    String name = required(body, "complainantName", 2, 200);
    Optional<String> nik = optional(body, "complainantNik", 16);
    if (nik.isPresent() && !NIK.matcher(nik.get()).matches()) {
      throw problem("complainantNik", "NIK harus 16 angka", "The NIK must be 16 digits");
    }
    Optional<String> phone = optional(body, "complainantPhone", 20).map(value -> value.replaceAll("[ -]", ""));
    if (phone.isPresent() && !PHONE.matcher(phone.get()).matches()) {
      throw problem("complainantPhone", "Nomor telepon harus 8-15 angka", "The phone number must be 8-15 digits");
    }
    Optional<String> email = optional(body, "complainantEmail", 254);
    if (email.isPresent() && !EMAIL.matcher(email.get()).matches()) {
      throw problem("complainantEmail", "Alamat email tidak valid", "Not a valid e-mail address");
    }
    return new ComplaintRequest(category, description, place, latitude, longitude, roadStatus,
        flag(body, "majorRiver"), flag(body, "anonymous"), flag(body, "confidential"),
        new Complainant(name, nik, phone, email));
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

  private static Optional<Double> coordinate(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isNumber() || !Double.isFinite(value.asDouble())) {
      throw problem(field, "Kolom " + field + " harus berupa angka", "Field " + field + " must be a number");
    }
    return Optional.of(value.asDouble());
  }

  private static boolean flag(JsonNode body, String field) {
    JsonNode value = body.get(field);
    if (value == null || value.isNull()) {
      return false;
    }
    if (!value.isBoolean()) {
      throw problem(field, "Kolom " + field + " harus true atau false", "Field " + field + " must be true or false");
    }
    return value.booleanValue();
  }

  static ApiProblem problem(String field, String indonesian, String english) {
    return new ApiProblem(HttpStatus.BAD_REQUEST, field, indonesian, english);
  }
}
