package id.alur.permit;

import com.fasterxml.jackson.databind.JsonNode;
import id.alur.citizen.RequestFields;
import id.alur.web.ApiProblem;
import java.util.Optional;
import java.util.Set;

/**
 * A citizen's application as the part {@code application} of {@code POST /api/public/permits} carries it,
 * checked field by field: the first problem is answered with 400 naming the field, and nothing is opened.
 */
record PermitRequest(String permitType, String applicantName, String applicantNik, Optional<String> applicantEmail,
    Optional<String> applicantPhone, String objectDescription, String objectLocation) {

  private static final Set<String> FIELDS = Set.of("permitType", "applicantName", "applicantNik", "applicantEmail",
      "applicantPhone", "objectDescription", "objectLocation");

  static PermitRequest parse(String json) {
    JsonNode body = RequestFields.object(json, "application", FIELDS);
    String nik = RequestFields.nik(required(body, "applicantNik", 16, 16), "applicantNik");
    Optional<String> email = RequestFields.email(body, "applicantEmail");
    Optional<String> phone = RequestFields.phone(body, "applicantPhone");
    return new PermitRequest(required(body, "permitType", 1, 40), required(body, "applicantName", 2, 200), nik, email,
        phone, required(body, "objectDescription", 5, 1000), required(body, "objectLocation", 5, 500));
  }

  private static String required(JsonNode body, String field, int min, int max) {
    return RequestFields.required(body, field, min, max);
  }

  static ApiProblem problem(String field, String indonesian, String english) {
    return RequestFields.problem(field, indonesian, english);
  }
}
