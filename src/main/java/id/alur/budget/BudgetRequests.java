package id.alur.budget;

import id.alur.budget.BudgetRequest.Decided;
import id.alur.budget.BudgetRequest.Paperwork;
import id.alur.budget.BudgetRequest.Source;
import id.alur.budget.BudgetRequestProcess.Urgency;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code budget_request} table. Every method joins the caller's transaction. */
@Repository
class BudgetRequests {

  private final JdbcClient jdbc;

  BudgetRequests(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(BudgetRequest request) {
    Optional<Source> source = request.source();
    jdbc.sql("""
            insert into budget_request (tracking_number, requesting_opd, title, sub_kegiatan, target_account,
              source_opd, source_sub_kegiatan, source_account, amount, justification, urgency, funded_in_dpa,
              catalogue_item, submitted_by, submitted_at)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(request.trackingNumber(), request.requestingOpd(), request.title(), request.subKegiatan().value(),
            request.targetAccount().value(), source.map(Source::opd).orElse(null),
            source.map(from -> from.subKegiatan().value()).orElse(null),
            source.map(from -> from.account().value()).orElse(null), request.amount(), request.justification(),
            request.urgency().name(), request.fundedInDpa(), request.catalogueItem(), request.submittedBy(),
            request.submittedAt())
        .update();
  }

  Optional<BudgetRequest> find(String trackingNumber) {
    return jdbc.sql("select * from budget_request where tracking_number = ?")
        .param(trackingNumber)
        .query(BudgetRequests::toRequest)
        .optional();
  }

  BudgetRequest get(String trackingNumber) {
    return find(trackingNumber).orElseThrow(() ->
        new IllegalStateException("no budget request for case " + trackingNumber));
  }

  void recordDecided(String trackingNumber, boolean itSpending, Optional<ShiftLevel> level,
      Optional<String> authority, String procurementMethod) {
    jdbc.sql("""
            update budget_request set it_spending = ?, shift_level = ?, shift_authority = ?, procurement_method = ?
            where tracking_number = ?""")
        .params(itSpending, level.map(Enum::name).orElse(null), authority.orElse(null), procurementMethod,
            trackingNumber)
        .update();
  }

  /** The requester's revision: the amount and the justification, and so the procurement method. */
  void revise(String trackingNumber, long amount, String justification, String procurementMethod) {
    jdbc.sql("""
            update budget_request set amount = ?, justification = ?, procurement_method = ? where tracking_number = ?""")
        .params(amount, justification, procurementMethod, trackingNumber)
        .update();
  }

  void recordProcurement(String trackingNumber, String vendorName, String contractNumber) {
    jdbc.sql("update budget_request set vendor_name = ?, contract_number = ? where tracking_number = ?")
        .params(vendorName, contractNumber, trackingNumber)
        .update();
  }

  void recordSpp(String trackingNumber, String number) {
    set(trackingNumber, "spp_number", number);
  }

  void recordSpm(String trackingNumber, String number) {
    set(trackingNumber, "spm_number", number);
  }

  void recordSp2d(String trackingNumber, String number) {
    set(trackingNumber, "sp2d_number", number);
  }

  void recordPayment(String trackingNumber, String reference) {
    set(trackingNumber, "payment_reference", reference);
  }

  void recordOutcomeNote(String trackingNumber, String note) {
    set(trackingNumber, "outcome_note", note);
  }

  void countLateSp2dRejection(String trackingNumber) {
    jdbc.sql("update budget_request set late_sp2d_rejections = late_sp2d_rejections + 1 where tracking_number = ?")
        .param(trackingNumber)
        .update();
  }

  /** Sets one column, named by this class and never by a caller. */
  private void set(String trackingNumber, String column, String value) {
    jdbc.sql("update budget_request set " + column + " = ? where tracking_number = ?")
        .params(value, trackingNumber)
        .update();
  }

  private static BudgetRequest toRequest(ResultSet row, int rowNumber) throws SQLException {
    String sourceAccount = row.getString("source_account");
    Optional<Source> source = sourceAccount == null ? Optional.empty() : Optional.of(new Source(
        row.getString("source_opd"), new SubKegiatanCode(row.getString("source_sub_kegiatan")),
        new AccountCode(sourceAccount)));
    Optional<Boolean> itSpending = Optional.ofNullable((Boolean) row.getObject("it_spending", Boolean.class));
    Decided decided = new Decided(itSpending,
        Optional.ofNullable(row.getString("shift_level")).map(ShiftLevel::valueOf),
        Optional.ofNullable(row.getString("shift_authority")),
        Optional.ofNullable(row.getString("procurement_method")));
    Paperwork paperwork = new Paperwork(optional(row, "vendor_name"), optional(row, "contract_number"),
        optional(row, "spp_number"), optional(row, "spm_number"), optional(row, "sp2d_number"),
        optional(row, "payment_reference"));
    return new BudgetRequest(row.getString("tracking_number"), row.getString("requesting_opd"), row.getString("title"),
        new SubKegiatanCode(row.getString("sub_kegiatan")), new AccountCode(row.getString("target_account")), source,
        row.getLong("amount"), row.getString("justification"), Urgency.valueOf(row.getString("urgency")),
        row.getBoolean("funded_in_dpa"), row.getBoolean("catalogue_item"), decided, paperwork,
        optional(row, "outcome_note"), row.getInt("late_sp2d_rejections"), row.getString("submitted_by"),
        row.getObject("submitted_at", OffsetDateTime.class));
  }

  private static Optional<String> optional(ResultSet row, String column) throws SQLException {
    return Optional.ofNullable(row.getString(column));
  }
}
