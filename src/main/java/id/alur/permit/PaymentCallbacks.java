package id.alur.permit;

import id.alur.audit.AuditEvent;
import id.alur.audit.AuditTrail;
import id.alur.cases.CaseFile;
import id.alur.cases.CaseRegistry;
import id.alur.cases.TrackingNumber;
import id.alur.web.ApiProblem;
import java.util.Map;
import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a signed payment notification does, in one transaction: an open SKRD with the right amount is marked
 * paid under the channel's reference and its case goes on (message {@value PermitApplicationProcess#PAID_MESSAGE});
 * the same notification again changes nothing and is answered as before. An unknown SKRD is 404; a wrong amount,
 * an SKRD paid under another reference, an expired one, or a reference already used for another SKRD is 409, and
 * none of them changes a case.
 */
@Service
class PaymentCallbacks {

  static final String ACTOR = "payment-channel";

  record Receipt(String skrdNumber, String trackingNumber, String state, boolean replayed) {
  }

  private final PermitPayments payments;
  private final CaseRegistry cases;
  private final RuntimeService runtime;
  private final AuditTrail trail;

  PaymentCallbacks(PermitPayments payments, CaseRegistry cases, RuntimeService runtime, AuditTrail trail) {
    this.payments = payments;
    this.cases = cases;
    this.runtime = runtime;
    this.trail = trail;
  }

  @Transactional
  public Receipt receive(PaymentNotice notice) {
    PermitPayments.Payment payment = payments.find(notice.skrdNumber()).orElseThrow(() -> new ApiProblem(
        HttpStatus.NOT_FOUND, "skrdNumber", "SKRD tidak dikenal", "Unknown SKRD"));
    if (payment.amount() != notice.amount()) {
      throw conflict("amount", "Jumlah bayar " + notice.amount() + " tidak sama dengan SKRD (" + payment.amount() + ")",
          "Amount " + notice.amount() + " differs from the SKRD's " + payment.amount());
    }
    if (payment.state() == PermitPayments.State.OPEN && !PermitSteps.now().isBefore(payment.expiresAt())) {
      // The expiry timer may not have run yet (a busy job executor, an incident): the SKRD is over all the same.
      throw expired();
    }
    if (payment.state() == PermitPayments.State.OPEN) {
      if (markPaid(notice)) {
        return paid(payment, notice);
      }
      // Another notification got there first and has committed: answer as it left the SKRD.
      payment = payments.find(notice.skrdNumber()).orElseThrow();
    }
    if (payment.state() == PermitPayments.State.PAID
        && payment.paymentReference().filter(notice.paymentReference()::equals).isPresent()) {
      return new Receipt(payment.skrdNumber(), payment.trackingNumber(), payment.state().name(), true);
    }
    if (payment.state() == PermitPayments.State.PAID) {
      throw conflict("skrdNumber", "SKRD ini sudah dibayar dengan referensi lain",
          "This SKRD was paid under another reference");
    }
    throw expired();
  }

  private Receipt paid(PermitPayments.Payment payment, PaymentNotice notice) {
    CaseFile caseFile = cases.get(TrackingNumber.parse(payment.trackingNumber()));
    try {
      runtime.createMessageCorrelation(PermitApplicationProcess.PAID_MESSAGE)
          .processInstanceId(caseFile.processInstanceId().orElseThrow())
          .correlateWithResult();
    } catch (MismatchingMessageCorrelationException closed) {
      throw conflict("skrdNumber", "Permohonan ini tidak lagi menunggu pembayaran",
          "This application no longer waits for payment");
    }
    trail.record(new AuditEvent(ACTOR, caseFile.owningOpd(), payment.trackingNumber(), "PERMIT_PAID",
        Map.of("skrdNumber", payment.skrdNumber(), "amount", payment.amount(), "paymentReference",
            notice.paymentReference(), "channel", notice.channel())));
    return new Receipt(payment.skrdNumber(), payment.trackingNumber(), PermitPayments.State.PAID.name(), false);
  }

  private static ApiProblem expired() {
    return conflict("skrdNumber", "SKRD ini sudah kedaluwarsa", "This SKRD has expired");
  }

  private boolean markPaid(PaymentNotice notice) {
    try {
      return payments.markPaid(notice.skrdNumber(), notice.paymentReference(), notice.channel(), PermitSteps.now());
    } catch (DuplicateKeyException reused) {
      throw conflict("paymentReference", "Referensi pembayaran ini sudah dipakai untuk SKRD lain",
          "This payment reference was used for another SKRD");
    }
  }

  private static ApiProblem conflict(String field, String indonesian, String english) {
    return new ApiProblem(HttpStatus.CONFLICT, field, indonesian, english);
  }
}
