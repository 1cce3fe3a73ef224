package id.alur.budget;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An expenditure account of the chart of accounts of Permendagri 90/2019, such as {@code 5.1.02.01.01.0024}: akun
 * (5, belanja), kelompok (1), jenis (02), objek (01), rincian objek (01) and sub-rincian objek (0024). Only
 * expenditure accounts (akun 5) can be requested or shifted.
 */
record AccountCode(String value) {

  private static final Pattern FORMAT = Pattern.compile("5\\.\\d\\.\\d{2}\\.\\d{2}\\.\\d{2}\\.\\d{4}");

  /** The code as written, or empty when it is not an expenditure account of that shape. */
  static Optional<AccountCode> parse(String text) {
    String code = text.strip();
    return FORMAT.matcher(code).matches() ? Optional.of(new AccountCode(code)) : Optional.empty();
  }

  String kelompok() {
    return value.substring(0, 3);
  }

  String jenis() {
    return value.substring(0, 6);
  }

  String objek() {
    return value.substring(0, 9);
  }

  String rincianObjek() {
    return value.substring(0, 12);
  }

  @Override
  public String toString() {
    return value;
  }
}
