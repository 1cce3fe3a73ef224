package id.alur.audit;

import id.alur.identity.StaffGroups;
import id.alur.identity.StaffUser;
import id.alur.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The auditors' API over the trail. */
@RestController
@RequestMapping("/api/audit")
class AuditApi {

  private final AuditChain chain;

  AuditApi(AuditChain chain) {
    this.chain = chain;
  }

  /** {@code {"rows": n, "valid": true}}, or the first broken row and why. */
  @GetMapping("/verify")
  ChainVerification verify(@AuthenticationPrincipal StaffUser staff) {
    if (staff == null || !staff.groups().contains(StaffGroups.AUDITOR)) {
      throw new ApiProblem(HttpStatus.FORBIDDEN, "", "Hanya auditor yang boleh memeriksa jejak audit",
          "Only auditors may verify the audit trail");
    }
    return chain.verify();
  }
}
