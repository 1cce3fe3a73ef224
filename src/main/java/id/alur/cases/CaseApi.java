package id.alur.cases;

import id.alur.identity.StaffUser;
import java.time.OffsetDateTime;
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

  private final ReadableCases cases;

  CaseApi(ReadableCases cases) {
    this.cases = cases;
  }

  @GetMapping("/{trackingNumber}")
  CaseView read(@PathVariable String trackingNumber, @AuthenticationPrincipal StaffUser staff) {
    CaseFile caseFile = cases.get(trackingNumber, staff);
    return new CaseView(caseFile.trackingNumber().value(), caseFile.owningOpd(), caseFile.status(), caseFile.createdAt(),
        caseFile.updatedAt());
  }
}
