package id.alur.keycloak;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** RFC 6238 one-time codes as Keycloak's default OTP policy makes them: HmacSHA1, 6 digits, 30 seconds. */
final class Totp {

  private Totp() {
  }

  /** The code for now, from the secret as Keycloak's set-up page holds it (the raw string, not base32). */
  static String code(String secret, long epochMillis) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(epochMillis / 30_000).array());
      int offset = hash[hash.length - 1] & 0xf;
      int binary = ((hash[offset] & 0x7f) << 24) | ((hash[offset + 1] & 0xff) << 16)
          | ((hash[offset + 2] & 0xff) << 8) | (hash[offset + 3] & 0xff);
      return String.format("%06d", binary % 1_000_000);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
