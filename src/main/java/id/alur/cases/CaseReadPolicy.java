package id.alur.cases;

import id.alur.identity.StaffGroups;
import id.alur.identity.StaffUser;

/**
 * Who among staff may read a case: the owning OPD's staff and head, the complaint coordinator for every
 * complaint, auditors and administrators for every case. Everyone else is refused.
 */
final class CaseReadPolicy {

  /** Complaints carry this tracking-number prefix (ADU-2026-000001). */
  static final String COMPLAINT_PREFIX = "ADU";

  private CaseReadPolicy() {
  }

  static boolean mayRead(StaffUser staff, CaseFile caseFile) {
    String opd = caseFile.owningOpd();
    return staff.groups().contains(StaffGroups.staffOf(opd))
        || staff.groups().contains(StaffGroups.headsOf(opd))
        || staff.groups().contains(StaffGroups.AUDITOR)
        || staff.groups().contains(StaffGroups.ADMIN)
        || staff.groups().contains(StaffGroups.COORDINATOR)
            && COMPLAINT_PREFIX.equals(caseFile.trackingNumber().prefix());
  }
}
