package id.alur.audit;

import id.alur.identity.StaffGroups;
import id.alur.identity.StaffUser;
import id.alur.web.ApiProblem;
import org.springframework.http.HttpStatus;
import org.springframework.lang.Nullable;

/** Only members of the {@code auditor} group (Inspektorat) read the trail and its cases. */
final class Auditors {

  private Auditors() {
  }

  static StaffUser require(@Nullable StaffUser staff) {
    if (!isAuditor(staff)) {
      throw refusal();
    }
    return staff;
  }

  static boolean isAuditor(@Nullable StaffUser staff) {
    return staff != null && staff.groups().contains(StaffGroups.AUDITOR);
  }

  static ApiProblem refusal() {
    return new ApiProblem(HttpStatus.FORBIDDEN, "", "Hanya auditor yang boleh membaca jejak audit",
        "Only auditors may read the audit trail");
  }
}
