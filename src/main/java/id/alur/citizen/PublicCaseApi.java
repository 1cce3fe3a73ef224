package id.alur.citizen;

import id.alur.cases.CaseFile;
import id.alur.cases.CitizenAccess;
import id.alur.cases.PublicStatus;
import id.alur.web.ApiProblem;
import java.time.OffsetDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A citizen follows their case: tracking number in the path, access code in the {@code X-Access-Code}
 * header (not the URL, so that it stays out of logs and browser history). An unknown case and a wrong
 * code get the same 404, so the API tells nobody which numbers exist.
 */
@RestController
@RequestMapping("/api/public/cases")
class PublicCaseApi {

  static final String ACCESS_CODE = "X-Access-Code";

  /** What a citizen sees of their case. */
  record PublicCaseView(String trackingNumber, PublicStatus status, OffsetDateTime updatedAt) {
  }

  private final CitizenAccess access;

  PublicCaseApi(CitizenAccess access) {
    this.access = access;
  }

  @GetMapping("/{trackingNumber}")
  PublicCaseView read(@PathVariable String trackingNumber, @RequestHeader(ACCESS_CODE) String accessCode) {
    CaseFile caseFile = access.open(trackingNumber, accessCode).orElseThrow(() -> new ApiProblem(
        HttpStatus.NOT_FOUND, "trackingNumber", "Kasus tidak ditemukan atau kode akses salah",
        "No such case, or the access code is wrong"));
    return new PublicCaseView(caseFile.trackingNumber().value(), caseFile.status(), caseFile.updatedAt());
  }
}
