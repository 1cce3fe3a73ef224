package id.alur.citizen;

import id.alur.cases.CitizenAccess;
import id.alur.cases.TrackingNumber;
import id.alur.web.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Service;

/**
 * Makes a public submission safe to retry: with an {@code Idempotency-Key} header, the first request opens the
 * case and remembers the key with a hash of the request; a retry with the same key and the same request gets
 * the same case, and the same key with another request is refused (422). Two copies racing each other meet on
 * the key's primary key: the second waits for the first and then finds its case.
 */
@Service
public class IdempotentSubmissions {

  public static final String HEADER = "Idempotency-Key";
  private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{8,100}");

  /** What a submission opened: the case and its access code, issued in the same transaction. */
  public record Opened(TrackingNumber trackingNumber, @Nullable String accessCode) {
  }

  /**
   * The case a submission opened, its access code, and whether this request was a retry of an earlier one. A
   * retry gets a new access code: only the hash of the first is kept, and its answer may never have arrived.
   */
  public record Outcome(TrackingNumber trackingNumber, @Nullable String accessCode, boolean replayed) {
  }

  private final JdbcClient jdbc;
  private final CitizenAccess access;

  IdempotentSubmissions(JdbcClient jdbc, CitizenAccess access) {
    this.jdbc = jdbc;
    this.access = access;
  }

  /**
   * Runs {@code submit} (which must call {@link #remember} in its transaction, right after opening the case)
   * unless the key was seen before. {@code submit} must not run in a transaction of the caller's: a lost race
   * rolls it back and is answered from the winner's row.
   */
  public Outcome submit(Optional<String> key, String kind, String requestSha256, Supplier<Opened> submit) {
    return run(key, kind, requestSha256, submit, access::issue);
  }

  /**
   * The same for a submission by staff, who read their cases with their login and get no access code: the
   * outcome's {@code accessCode} is null.
   */
  public Outcome submitAsStaff(Optional<String> key, String kind, String requestSha256,
      Supplier<TrackingNumber> submit) {
    return run(key, kind, requestSha256, () -> new Opened(submit.get(), null), number -> null);
  }

  private Outcome run(Optional<String> key, String kind, String requestSha256, Supplier<Opened> submit,
      Function<TrackingNumber, String> replayCode) {
    if (key.isEmpty()) {
      return opened(submit.get());
    }
    String checked = requireValid(key.get());
    Optional<TrackingNumber> earlier = earlier(checked, kind, requestSha256);
    if (earlier.isPresent()) {
      return new Outcome(earlier.get(), replayCode.apply(earlier.get()), true);
    }
    try {
      return opened(submit.get());
    } catch (DuplicateKeyException raced) {
      TrackingNumber winner = earlier(checked, kind, requestSha256).orElseThrow(() -> raced);
      return new Outcome(winner, replayCode.apply(winner), true);
    }
  }

  private static Outcome opened(Opened opened) {
    return new Outcome(opened.trackingNumber(), opened.accessCode(), false);
  }

  /** Records the key with the case just opened, in the submission's transaction. */
  public void remember(Optional<String> key, String kind, String requestSha256, TrackingNumber number) {
    key.ifPresent(value -> jdbc.sql("""
            insert into public_submission (idempotency_key, kind, request_sha256, tracking_number, created_at)
            values (?, ?, ?, ?, ?)""")
        .params(value, kind, requestSha256, number.value(), OffsetDateTime.now(ZoneOffset.UTC))
        .update());
  }

  /** A SHA-256 over the parts of a request, each length-prefixed so that no two requests share one. */
  public static String requestHash(List<byte[]> parts) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] part : parts) {
        digest.update((part.length + ":").getBytes(StandardCharsets.US_ASCII));
        digest.update(part);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private Optional<TrackingNumber> earlier(String key, String kind, String requestSha256) {
    record Row(String kind, String hash, String number) {
    }
    Optional<Row> row = jdbc.sql("""
            select kind, request_sha256, tracking_number from public_submission where idempotency_key = ?""")
        .param(key)
        .query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3)))
        .optional();
    if (row.isEmpty()) {
      return Optional.empty();
    }
    if (!row.get().kind().equals(kind) || !row.get().hash().equals(requestSha256)) {
      throw new ApiProblem(HttpStatus.UNPROCESSABLE_ENTITY, HEADER,
          "Idempotency-Key ini sudah dipakai untuk permohonan lain",
          "This Idempotency-Key was used for another request");
    }
    return Optional.of(TrackingNumber.parse(row.get().number()));
  }

  private static String requireValid(String key) {
    if (!KEY.matcher(key).matches()) {
      throw new ApiProblem(HttpStatus.BAD_REQUEST, HEADER,
          "Idempotency-Key harus 8-100 huruf, angka, '-' atau '_'",
          "Idempotency-Key must be 8-100 letters, digits, '-' or '_'");
    }
    return key;
  }
}
