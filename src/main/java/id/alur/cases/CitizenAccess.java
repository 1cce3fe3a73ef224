package id.alur.cases;

import id.alur.web.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's key to their case: a random access code of {@value #LENGTH} characters (about 60 bits),
 * shown once when the case is opened and kept only as a SHA-256 hash. Its alphabet leaves out letters and
 * digits that look alike (0/O, 1/I/L) so that it can be read out over the phone.
 */
@Service
public class CitizenAccess {

  static final int LENGTH = 12;
  private static final char[] ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789".toCharArray();
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final CaseRegistry registry;

  CitizenAccess(JdbcClient jdbc, CaseRegistry registry) {
    this.jdbc = jdbc;
    this.registry = registry;
  }

  /** Gives the case a new access code and answers it; any earlier code stops working. */
  @Transactional
  public String issue(TrackingNumber number) {
    registry.get(number);
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
    }
    jdbc.sql("update case_file set access_code_hash = ? where tracking_number = ?")
        .params(hash(code.toString()), number.value())
        .update();
    return code.toString();
  }

  /** The case, when the code is its access code; empty for an unknown case and a wrong code alike. */
  public Optional<CaseFile> open(String trackingNumber, String accessCode) {
    Optional<TrackingNumber> number = TrackingNumber.tryParse(trackingNumber);
    if (number.isEmpty() || accessCode.isBlank() || accessCode.length() > 64) {
      return Optional.empty();
    }
    Optional<String> stored = jdbc.sql("select access_code_hash from case_file where tracking_number = ?")
        .param(number.get().value())
        .query(String.class)
        .optional();
    byte[] given = hash(accessCode).getBytes(StandardCharsets.US_ASCII);
    boolean matches = stored.filter(hash -> MessageDigest.isEqual(hash.getBytes(StandardCharsets.US_ASCII), given))
        .isPresent();
    return matches ? registry.find(number.get()) : Optional.empty();
  }

  /** The case, when the code is its access code; else the one 404 that tells nobody which numbers exist. */
  public CaseFile require(String trackingNumber, String accessCode) {
    return open(trackingNumber, accessCode).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "trackingNumber",
        "Kasus tidak ditemukan atau kode akses salah", "No such case, or the access code is wrong"));
  }

  private static String normalize(String code) {
    return code.trim().toUpperCase(Locale.ROOT).replace("-", "").replace(" ", "");
  }

  static String hash(String code) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(normalize(code).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
