package id.alur.audit;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Masks personal data (UU 27/2022) before it enters the trail, which keeps it for years: identity and phone
 * numbers keep their last four digits (enough to tell two apart), names, addresses and e-mail addresses
 * nothing. Recognised by the variable's name, as forms name their fields.
 */
final class PersonalData {

  private static final Pattern NUMBERS = Pattern.compile(".*(nik|ktp|npwp|phone|telepon|hp|whatsapp|kk).*");
  private static final Pattern HIDDEN = Pattern.compile(".*(name|nama|address|alamat|email|surel).*");

  private PersonalData() {
  }

  static Object mask(String variable, Object value) {
    if (value == null) {
      return null;
    }
    String name = variable.toLowerCase(Locale.ROOT);
    if (NUMBERS.matcher(name).matches()) {
      String text = value.toString();
      return text.length() <= 4 ? "****" : "*".repeat(text.length() - 4) + text.substring(text.length() - 4);
    }
    if (HIDDEN.matcher(name).matches()) {
      return "***";
    }
    return value;
  }
}
