package id.alur.permit;

import id.alur.cases.NumberSeries;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SKRDs (surat ketetapan retribusi daerah) of permits and their payment: one per case, numbered
 * {@code SKRD-<year>-<sequence>} without gaps, open until paid or until {@code alur.permit.payment-period}
 * has passed. Every method joins the caller's transaction.
 */
@Repository
class PermitPayments {

  static final String SERIES = "SKR";

  enum State { OPEN, PAID, EXPIRED }

  record Payment(String skrdNumber, String trackingNumber, long amount, String basis, Instant issuedAt,
      Instant expiresAt, State state, Optional<String> paymentReference) {
  }

  private final JdbcClient jdbc;
  private final NumberSeries series;
  private final Duration period;
  private final ZoneId zone;

  PermitPayments(JdbcClient jdbc, NumberSeries series, @Value("${alur.permit.payment-period}") Duration period,
      @Value("${alur.cases.zone}") ZoneId zone) {
    this.jdbc = jdbc;
    this.series = series;
    this.period = period;
    this.zone = zone;
  }

  Payment issue(String trackingNumber, long amount, String basis, Instant now) {
    int year = now.atZone(zone).getYear();
    String number = "SKRD-" + year + "-" + String.format("%06d", series.next(SERIES, year));
    Instant expires = now.plus(period);
    jdbc.sql("""
            insert into permit_payment (skrd_number, tracking_number, amount, basis, issued_at, expires_at, state)
            values (?, ?, ?, ?, ?, ?, ?)""")
        .params(number, trackingNumber, amount, basis, at(now), at(expires), State.OPEN.name())
        .update();
    return new Payment(number, trackingNumber, amount, basis, now, expires, State.OPEN, Optional.empty());
  }

  Optional<Payment> find(String skrdNumber) {
    return jdbc.sql("select * from permit_payment where skrd_number = ?").param(skrdNumber).query(this::toPayment)
        .optional();
  }

  Optional<Payment> ofCase(String trackingNumber) {
    return jdbc.sql("select * from permit_payment where tracking_number = ?").param(trackingNumber)
        .query(this::toPayment).optional();
  }

  /** Marks an open SKRD paid; false when it is no longer open (paid or expired meanwhile). */
  boolean markPaid(String skrdNumber, String reference, String channel, Instant paidAt) {
    return jdbc.sql("""
            update permit_payment set state = ?, payment_reference = ?, channel = ?, paid_at = ?
            where skrd_number = ? and state = ?""")
        .params(State.PAID.name(), reference, channel, at(paidAt), skrdNumber, State.OPEN.name())
        .update() == 1;
  }

  void expire(String skrdNumber) {
    jdbc.sql("update permit_payment set state = ? where skrd_number = ? and state = ?")
        .params(State.EXPIRED.name(), skrdNumber, State.OPEN.name())
        .update();
  }

  private OffsetDateTime at(Instant instant) {
    return instant.atZone(zone).toOffsetDateTime();
  }

  private Payment toPayment(java.sql.ResultSet row, int n) throws java.sql.SQLException {
    return new Payment(row.getString("skrd_number"), row.getString("tracking_number"), row.getLong("amount"),
        row.getString("basis"), row.getObject("issued_at", OffsetDateTime.class).toInstant(),
        row.getObject("expires_at", OffsetDateTime.class).toInstant(), State.valueOf(row.getString("state")),
        Optional.ofNullable(row.getString("payment_reference")));
  }
}
