package id.alur.budget;

import id.alur.budget.BudgetRequestProcess.Urgency;
import java.time.OffsetDateTime;
import java.util.Optional;

/** A budget request as filed, with what the tables and the steps recorded since. */
record BudgetRequest(String trackingNumber, String requestingOpd, String title, SubKegiatanCode subKegiatan,
    AccountCode targetAccount, Optional<Source> source, long amount, String justification, Urgency urgency,
    boolean fundedInDpa, boolean catalogueItem, Decided decided, Paperwork paperwork, Optional<String> outcomeNote,
    int lateSp2dRejections, String submittedBy, OffsetDateTime submittedAt) {

  /** Where the money of a shift comes from. */
  record Source(String opd, SubKegiatanCode subKegiatan, AccountCode account) {
  }

  /** What the decision tables said (empty until the process registered the request). */
  record Decided(Optional<Boolean> itSpending, Optional<ShiftLevel> shiftLevel, Optional<String> shiftAuthority,
      Optional<String> procurementMethod) {
  }

  /** The numbers of the procurement and of the documents that pay it, as each step recorded them. */
  record Paperwork(Optional<String> vendorName, Optional<String> contractNumber, Optional<String> sppNumber,
      Optional<String> spmNumber, Optional<String> sp2dNumber, Optional<String> paymentReference) {
  }

  /** The shift this request needs, from its source to its target line; empty when the DPA funds it. */
  Optional<ShiftLevel> shift() {
    return source.map(from -> ShiftLevel.between(new ShiftLevel.Line(from.opd(), from.subKegiatan(), from.account()),
        new ShiftLevel.Line(requestingOpd, subKegiatan, targetAccount)));
  }
}
