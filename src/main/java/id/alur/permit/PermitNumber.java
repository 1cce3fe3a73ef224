package id.alur.permit;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A permit's number, {@code <code>/<6-digit sequence>/<issuing OPD>/<year>} ({@code PBG/000123/DPMPTSP/2026}).
 * In a URL the slashes are written as dashes ({@code PBG-000123-DPMPTSP-2026}): an encoded slash in a path is
 * refused by the firewall. The dashed form stays unambiguous with an OPD code that has dashes of its own
 * ({@code KEC-SERPONG}), because the code, the sequence and the year have fixed shapes.
 */
record PermitNumber(String code, int sequence, String opd, int year) {

  private static final String OPD = "[A-Z0-9](?:[A-Z0-9.-]{0,38}[A-Z0-9])?";
  private static final Pattern SLASHED = Pattern.compile("([A-Z]{3})/(\\d{6})/(" + OPD + ")/(\\d{4})");
  private static final Pattern DASHED = Pattern.compile("([A-Z]{3})-(\\d{6})-(" + OPD + ")-(\\d{4})");
  private static final int MAX_LENGTH = 60;

  PermitNumber {
    if (!code.matches("[A-Z]{3}")) {
      throw new IllegalArgumentException("a permit code is three capital letters (PBG, RKL, SIP): " + code);
    }
    if (sequence < 1 || sequence > 999_999) {
      throw new IllegalArgumentException("sequence out of range: " + sequence);
    }
    opd = opd.toUpperCase(Locale.ROOT);
    if (!opd.matches(OPD)) {
      throw new IllegalArgumentException("not an OPD code: " + opd);
    }
    if (year < 2000 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
  }

  /** The number in either form, as typed or scanned (blanks and lower case forgiven); empty if it is none. */
  static Optional<PermitNumber> tryParse(String text) {
    String normalized = text.strip().toUpperCase(Locale.ROOT);
    if (normalized.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    for (Pattern form : new Pattern[] {SLASHED, DASHED}) {
      Matcher matcher = form.matcher(normalized);
      if (matcher.matches()) {
        return Optional.of(new PermitNumber(matcher.group(1), Integer.parseInt(matcher.group(2)), matcher.group(3),
            Integer.parseInt(matcher.group(4))));
      }
    }
    return Optional.empty();
  }

  /** As printed: {@code PBG/000123/DPMPTSP/2026}. */
  String value() {
    return "%s/%06d/%s/%04d".formatted(code, sequence, opd, year);
  }

  /** As in a URL or a file name: {@code PBG-000123-DPMPTSP-2026}. */
  String dashed() {
    return value().replace('/', '-');
  }

  @Override
  public String toString() {
    return value();
  }
}
