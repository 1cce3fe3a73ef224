package id.alur.audit;

import id.alur.identity.StaffUser;
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
    Auditors.require(staff);
    return chain.verify();
  }
}
