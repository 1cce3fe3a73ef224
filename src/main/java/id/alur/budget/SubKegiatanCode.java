package id.alur.budget;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A sub-kegiatan of the planning nomenclature (Permendagri 90/2019 as updated by Kepmendagri 050-5889/2021), such
 * as {@code 7.01.01.2.01.0001}: urusan (7), bidang urusan (01), program (01), kegiatan (2.01) and sub-kegiatan
 * (0001).
 */
record SubKegiatanCode(String value) {

  private static final Pattern FORMAT = Pattern.compile("\\d\\.\\d{2}\\.\\d{2}\\.\\d\\.\\d{2}\\.\\d{4}");

  static Optional<SubKegiatanCode> parse(String text) {
    String code = text.strip();
    return FORMAT.matcher(code).matches() ? Optional.of(new SubKegiatanCode(code)) : Optional.empty();
  }

  String program() {
    return value.substring(0, 7);
  }

  String kegiatan() {
    return value.substring(0, 12);
  }

  @Override
  public String toString() {
    return value;
  }
}
