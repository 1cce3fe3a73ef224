package id.alur.permit;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The prod profile refuses to start with the development signing key: it is in the repository, so anyone could
 * sign a forged permit that the public page would call genuine. Like {@code identity.ProductionGuard} for demo
 * users; a check of its own because the key is this module's.
 */
@Component
@Profile("prod")
class PermitKeyGuard {

  PermitKeyGuard(@Value("${alur.permit.signing-key}") String key) {
    if (key.equals(PermitSignatures.DEVELOPMENT_KEY)) {
      throw new IllegalStateException("Refusing to start: the prod profile runs with the development permit "
          + "signing key from application.yaml; set alur.permit.signing-key (ALUR_PERMIT_SIGNING_KEY) to a secret "
          + "of at least " + PermitSignatures.MIN_KEY_LENGTH + " characters");
    }
  }
}
