package id.alur.permit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The prod profile refuses to start with the development secrets of application.yaml: they are in the repository,
 * so with the signing key anyone could sign a forged permit that the public page would call genuine, and with the
 * payment secret anyone could mark an SKRD paid. Like {@code identity.ProductionGuard} for demo users; a check of
 * its own because the secrets are this module's.
 */
@Component
@Profile("prod")
class PermitSecretsGuard {

  static final String DEVELOPMENT_PAYMENT_SECRET = "alur-dev-payment-secret-change-me";
  static final int MIN_PAYMENT_SECRET_LENGTH = 32;

  PermitSecretsGuard(@Value("${alur.permit.signing-key}") String key,
      @Value("${alur.permit.payment-secret}") String paymentSecret) {
    if (key.equals(PermitSignatures.DEVELOPMENT_KEY)) {
      throw new IllegalStateException("Refusing to start: the prod profile runs with the development permit "
          + "signing key from application.yaml; set alur.permit.signing-key (ALUR_PERMIT_SIGNING_KEY) to a secret "
          + "of at least " + PermitSignatures.MIN_KEY_LENGTH + " characters");
    }
    if (paymentSecret.equals(DEVELOPMENT_PAYMENT_SECRET) || paymentSecret.length() < MIN_PAYMENT_SECRET_LENGTH) {
      throw new IllegalStateException("Refusing to start: the prod profile runs with the development payment "
          + "callback secret or one shorter than " + MIN_PAYMENT_SECRET_LENGTH + " characters; set "
          + "alur.permit.payment-secret (ALUR_PERMIT_PAYMENT_SECRET) to the secret agreed with the payment channel");
    }
  }
}
