package id.alur.cases;

import id.alur.identity.StaffUser;
import id.alur.web.ApiProblem;
import java.time.OffsetDateTime;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Staff read a case by its tracking number, if {@link CaseReadPolicy} lets them. */
@RestController
@RequestMapping("/api/cases")
class CaseApi {

  /** A case as staff see it. */
  record CaseView(String trackingNumber, String owningOpd, PublicStatus status, OffsetDateTime createdAt,
      OffsetDateTime updatedAt) {
  }

  private final CaseRegistry registry;

  CaseApi(CaseRegistry registry) {
    this.registry = registry;
  }

  @GetMapping("/{trackingNumber}")
  CaseView read(@PathVariable String trackingNumber, @AuthenticationPrincipal StaffUser staff) {
    TrackingNumber number = TrackingNumber.tryParse(trackingNumber).orElseThrow(() -> new ApiProblem(
        HttpStatus.BAD_REQUEST, "trackingNumber", "Nomor registrasi tidak valid (contoh PRM-2026-000123)",
        "Not a tracking number (like PRM-2026-000123)"));
    CaseFile caseFile = registry.find(number).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
        "trackingNumber", "Kasus tidak ditemukan", "No such case"));
    if (!CaseReadPolicy.mayRead(staff, caseFile)) {
      throw ApiProblem.forbidden();
    }
    return new CaseView(number.value(), caseFile.owningOpd(), caseFile.status(), caseFile.createdAt(),
        caseFile.updatedAt());
  }
}
