package id.alur.permit;

import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The words the permit steps write for clerks and citizens (in Bahasa Indonesia: they are kept with the case),
 * from the message bundles under {@code permit.*}.
 */
@Component
class PermitTexts {

  static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private final MessageSource messages;
  private final DateTimeFormatter dateTime;

  PermitTexts(MessageSource messages, @Value("${alur.cases.zone}") ZoneId zone) {
    this.messages = messages;
    this.dateTime = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", INDONESIAN).withZone(zone);
  }

  String summary(PermitApplication application) {
    return text("permit.summary", application.standard().permitTypeName(), application.applicant().name(),
        application.applicant().maskedNik(), application.objectDescription(), application.objectLocation());
  }

  String reviewReason(PermitApplication application) {
    return text("permit.reviewReason", application.standard().permitTypeName(), application.trackingNumber());
  }

  String payRequest(PermitPayments.Payment payment) {
    return text("permit.payRequest", payment.skrdNumber(), rupiah(payment.amount()), dateTime(payment.expiresAt()));
  }

  String paymentExpired() {
    return text("permit.paymentExpired");
  }

  String lapsed() {
    return text("permit.lapsed");
  }

  String handoffWithdrawn() {
    return text("permit.handoffWithdrawn");
  }

  String deemedGrantedCondition() {
    return text("permit.deemedGrantedCondition");
  }

  String dateTime(Instant instant) {
    return dateTime.format(instant);
  }

  static String rupiah(long amount) {
    return "Rp" + NumberFormat.getIntegerInstance(INDONESIAN).format(amount);
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, INDONESIAN);
  }
}
