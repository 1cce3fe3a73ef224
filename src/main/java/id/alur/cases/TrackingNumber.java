package id.alur.cases;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's public number: {@code <PREFIX>-<YEAR>-<6-digit sequence>}, e.g. {@code PRM-2026-000123}. The
 * prefix names the service (three capitals), the year is the year the case was opened (Asia/Jakarta), and
 * the sequence counts that service's cases of that year from 1 without gaps.
 */
public record TrackingNumber(String prefix, int year, int sequence) {

  /** The process variable every case's process carries its number in; Tasklist's filters show it. */
  public static final String VARIABLE = "trackingNumber";

  private static final Pattern PREFIX = Pattern.compile("[A-Z]{3}");
  private static final Pattern FORMAT = Pattern.compile("([A-Z]{3})-(\\d{4})-(\\d{6})");
  static final int MAX_SEQUENCE = 999_999;

  public TrackingNumber {
    requireValidPrefix(prefix);
    if (year < 2000 || year > 9999) {
      throw new IllegalArgumentException("year out of range: " + year);
    }
    if (sequence < 1 || sequence > MAX_SEQUENCE) {
      throw new IllegalArgumentException("sequence out of range: " + sequence);
    }
  }

  /** Parses a number as citizens type it; surrounding blanks and lower case are forgiven. */
  public static TrackingNumber parse(String text) {
    Matcher matcher = FORMAT.matcher(text.strip().toUpperCase());
    if (!matcher.matches()) {
      throw new IllegalArgumentException("not a tracking number (like PRM-2026-000123): " + text);
    }
    return new TrackingNumber(matcher.group(1), Integer.parseInt(matcher.group(2)),
        Integer.parseInt(matcher.group(3)));
  }

  /** The number, or empty when the text is not one (or too long to be one). */
  public static Optional<TrackingNumber> tryParse(String text) {
    if (text.length() > 40 || !FORMAT.matcher(text.strip().toUpperCase()).matches()) {
      return Optional.empty();
    }
    return Optional.of(parse(text));
  }

  static void requireValidPrefix(String prefix) {
    if (prefix == null || !PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("prefix must be three capital letters: " + prefix);
    }
  }

  public String value() {
    return "%s-%04d-%06d".formatted(prefix, year, sequence);
  }

  @Override
  public String toString() {
    return value();
  }
}
