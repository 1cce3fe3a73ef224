package id.alur.permit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The city's seal over an issued permit: HMAC-SHA256, keyed by {@code alur.permit.signing-key}, over a canonical
 * encoding of everything the permit states and of its PDF's SHA-256. Whoever can change the table but not read the
 * key cannot make a changed row verify again. Each field is written with its length first, so that no two
 * different permits encode alike ("a", "bc" and "ab", "c" differ), and the encoding starts with its version,
 * so that a later change of fields cannot be mistaken for this one.
 *
 * <p>This is the city's own integrity check, not a certified electronic signature (tanda tangan elektronik
 * tersertifikasi, BSrE): only the city can check it, which is what its public verification page is for.
 */
@Component
class PermitSignatures {

  /** The key in application.yaml, for development and tests only; the prod profile refuses it. */
  static final String DEVELOPMENT_KEY = "development-only-permit-signing-key-not-for-production";
  static final int MIN_KEY_LENGTH = 32;
  private static final String ALGORITHM = "HmacSHA256";
  private static final String VERSION = "alur-permit-v1";

  private final SecretKeySpec key;

  PermitSignatures(@Value("${alur.permit.signing-key}") String key) {
    if (key.length() < MIN_KEY_LENGTH) {
      throw new IllegalStateException("alur.permit.signing-key must have at least " + MIN_KEY_LENGTH
          + " characters (a random secret; e.g. openssl rand -base64 48)");
    }
    this.key = new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), ALGORITHM);
  }

  String sign(IssuedPermit permit) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(canonical(permit)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java has " + ALGORITHM, e);
    }
  }

  /** Whether the signature is the one of this permit; compared in constant time. */
  boolean matches(IssuedPermit permit, String signature) {
    return MessageDigest.isEqual(sign(permit).getBytes(StandardCharsets.US_ASCII),
        signature.getBytes(StandardCharsets.US_ASCII));
  }

  static byte[] canonical(IssuedPermit permit) {
    PermitContent content = permit.content();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      field(out, VERSION);
      field(out, permit.number());
      field(out, permit.trackingNumber());
      field(out, permit.issuedAt().toString());
      field(out, permit.documentId());
      field(out, permit.documentSha256());
      field(out, content.trackingNumber());
      field(out, content.permitType());
      field(out, content.permitTypeName());
      field(out, content.holderName());
      field(out, content.objectDescription());
      field(out, content.objectLocation());
      List<String> conditions = content.conditions();
      out.writeInt(conditions.size());
      for (String condition : conditions) {
        field(out, condition);
      }
      out.writeBoolean(content.deemedGranted());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void field(DataOutputStream out, String value) throws IOException {
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(utf8.length);
    out.write(utf8);
  }
}
