package id.alur.permit;

import id.alur.web.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The payment channel (TangselPay, a virtual account, QRIS) tells Alur that an SKRD was paid:
 * {@code POST /api/public/payments/callback} with a JSON body and the header {@value #SIGNATURE}, the hex
 * HMAC-SHA256 of the exact body bytes under the shared secret {@code alur.permit.payment-secret}. The
 * signature is checked before the body is read at all.
 */
@RestController
@RequestMapping("/api/public/payments")
class PaymentCallbackApi {

  static final String SIGNATURE = "X-Signature";

  private final PaymentCallbacks callbacks;
  private final byte[] secret;

  PaymentCallbackApi(PaymentCallbacks callbacks, @Value("${alur.permit.payment-secret}") String secret) {
    this.callbacks = callbacks;
    this.secret = secret.getBytes(StandardCharsets.UTF_8);
  }

  @PostMapping("/callback")
  PaymentCallbacks.Receipt callback(@RequestBody(required = false) byte[] body,
      @RequestHeader(name = SIGNATURE, required = false) String signature) {
    byte[] content = body == null ? new byte[0] : body;
    if (signature == null || !MessageDigest.isEqual(sign(secret, content),
        signature.strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
      throw new ApiProblem(HttpStatus.UNAUTHORIZED, SIGNATURE, "Tanda tangan notifikasi pembayaran tidak sah",
          "The payment notification's signature is not valid");
    }
    return callbacks.receive(PaymentNotice.parse(content));
  }

  /** The hex HMAC-SHA256 of {@code body}, as ASCII bytes (what the header carries). */
  static byte[] sign(byte[] secret, byte[] body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(secret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("every Java has HmacSHA256", e);
    }
  }
}
