package id.alur.complaint;

import com.fasterxml.jackson.databind.JsonNode;
import id.alur.citizen.RequestFields;
import id.alur.complaint.CityAreas.Place;
import id.alur.complaint.Complaint.Complainant;
import id.alur.web.ApiProblem;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
  private static final Set<String> FIELDS = Set.of("category", "description", "kecamatan", "kelurahan", "latitude",
      "longitude", "roadStatus", "majorRiver", "anonymous", "confidential", "complainantName", "complainantNik",
      "complainantPhone", "complainantEmail");

  /**
   * Reads and checks the part. {@code categories} are the routing table's; confidentiality the table fixes for a
   * category (pungli_asn) is applied later by the submission, which asks the table anyway.
   */
  static ComplaintRequest parse(String json, List<String> categories, CityAreas areas) {
    JsonNode body = RequestFields.object(json, "complaint", FIELDS);
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
    Optional<String> nik = optional(body, "complainantNik", 16).map(value -> RequestFields.nik(value, "complainantNik"));
    Optional<String> phone = RequestFields.phone(body, "complainantPhone");
    Optional<String> email = RequestFields.email(body, "complainantEmail");
    return new ComplaintRequest(category, description, place, latitude, longitude, roadStatus,
        flag(body, "majorRiver"), flag(body, "anonymous"), flag(body, "confidential"),
        new Complainant(name, nik, phone, email));
  }

  private static String required(JsonNode body, String field, int min, int max) {
    return RequestFields.required(body, field, min, max);
  }

  private static Optional<String> optional(JsonNode body, String field, int max) {
    return RequestFields.optional(body, field, max);
  }

  private static Optional<Double> coordinate(JsonNode body, String field) {
    return RequestFields.number(body, field);
  }

  private static boolean flag(JsonNode body, String field) {
    return RequestFields.flag(body, field);
  }

  static ApiProblem problem(String field, String indonesian, String english) {
    return RequestFields.problem(field, indonesian, english);
  }
}
