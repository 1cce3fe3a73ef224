package id.alur.audit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * How the auditors' pages and reports write times (in the city's zone, to the second), durations, statuses,
 * actions and yes/no, in Bahasa Indonesia or English: one place, so a page and its PDF say the same.
 */
@Component
class AuditTexts {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final MessageSource messages;
  private final ZoneId zone;

  AuditTexts(MessageSource messages, @Value("${alur.cases.zone:Asia/Jakarta}") ZoneId zone) {
    this.messages = messages;
    this.zone = zone;
  }

  ZoneId zone() {
    return zone;
  }

  String time(@Nullable Instant instant) {
    return instant == null ? "" : TIME.format(instant.atZone(zone));
  }

  /** {@code 03:04:05}, or with whole days first ({@code 2 hari 03:04:05}); empty while still running. */
  String duration(@Nullable Long seconds, Locale locale) {
    if (seconds == null) {
      return "";
    }
    long days = seconds / 86_400;
    String clock = String.format(Locale.ROOT, "%02d:%02d:%02d", seconds % 86_400 / 3600, seconds % 3600 / 60,
        seconds % 60);
    return days == 0 ? clock : text("audit.duration.days", locale, days) + " " + clock;
  }

  String status(String status, Locale locale) {
    return messages.getMessage("case.status." + status, null, status, locale);
  }

  /** The action's name for people ({@code TASK_COMPLETED}: "Tugas diselesaikan"), or its code. */
  String action(String action, Locale locale) {
    return messages.getMessage("audit.action." + action, null, action, locale);
  }

  /** A search field's label ({@code from}: "Dibuka sejak"), or its name. */
  String field(String field, Locale locale) {
    return messages.getMessage("audit.field." + field, null, field, locale);
  }

  String yesNo(boolean value, Locale locale) {
    return text(value ? "audit.yes" : "audit.no", locale);
  }

  String text(String key, Locale locale, Object... arguments) {
    return messages.getMessage(key, arguments, locale);
  }
}
