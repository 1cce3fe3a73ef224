package id.alur.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PermitSignaturesTest {

  static final String KEY = "a-test-key-of-more-than-thirty-two-characters";

  static IssuedPermit permit(String holder, String object, List<String> conditions) {
    return new IssuedPermit("PBG/000001/DPMPTSP/2026", "PRM-2026-000001", "doc-1", "ab".repeat(32),
        Instant.parse("2026-03-12T03:00:00Z"), new PermitContent("PRM-2026-000001", "PBG_MBR", "PBG rumah tinggal",
        holder, object, "Serpong", conditions, false));
  }

  @Nested
  @DisplayName("the signature")
  class Signature {

    PermitSignatures signatures = new PermitSignatures(KEY);

    @Test
    @DisplayName("verifies the permit it was made for, and no permit that differs in any field")
    void coversEveryField() {
      IssuedPermit permit = permit("Siti", "Rumah", List.of("GSB 5 m"));
      String signature = signatures.sign(permit);

      assertThat(signature).hasSize(64);
      assertThat(signatures.matches(permit, signature)).isTrue();
      assertThat(signatures.matches(permit("Sita", "Rumah", List.of("GSB 5 m")), signature)).isFalse();
      assertThat(signatures.matches(permit("Siti", "Rumah", List.of("GSB 6 m")), signature)).isFalse();
      assertThat(signatures.matches(permit("Siti", "Rumah", List.of()), signature)).isFalse();
      IssuedPermit deemed = new IssuedPermit(permit.number(), permit.trackingNumber(), permit.documentId(),
          permit.documentSha256(), permit.issuedAt(), new PermitContent("PRM-2026-000001", "PBG_MBR",
          "PBG rumah tinggal", "Siti", "Rumah", "Serpong", List.of("GSB 5 m"), true));
      assertThat(signatures.matches(deemed, signature)).isFalse();
      assertThat(new PermitSignatures(KEY + "x").matches(permit, signature)).as("another key").isFalse();
    }

    @Test
    @DisplayName("tells fields apart where they meet: moving text between fields or conditions changes it")
    void unambiguous() {
      assertThat(signatures.sign(permit("Siti", "Rumah", List.of())))
          .isNotEqualTo(signatures.sign(permit("Sit", "iRumah", List.of())));
      assertThat(signatures.sign(permit("Siti", "Rumah", List.of("a", "bc"))))
          .isNotEqualTo(signatures.sign(permit("Siti", "Rumah", List.of("ab", "c"))));
      assertThat(signatures.sign(permit("Siti", "Rumah", List.of("a\nb"))))
          .isNotEqualTo(signatures.sign(permit("Siti", "Rumah", List.of("a", "b"))));
    }
  }

  @Test
  @DisplayName("a key shorter than 32 characters is refused at start")
  void shortKey() {
    assertThatThrownBy(() -> new PermitSignatures("short")).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("at least 32");
  }

  @Test
  @DisplayName("the prod profile's guard refuses the development key and payment secret and accepts others")
  void productionRefusesDevelopmentSecrets() {
    String paymentSecret = "payment-secret-agreed-with-tangselpay-0001";
    assertThatThrownBy(() -> new PermitSecretsGuard(PermitSignatures.DEVELOPMENT_KEY, paymentSecret))
        .hasMessageContaining("Refusing to start").hasMessageContaining("ALUR_PERMIT_SIGNING_KEY");
    assertThatThrownBy(() -> new PermitSecretsGuard(KEY, PermitSecretsGuard.DEVELOPMENT_PAYMENT_SECRET))
        .hasMessageContaining("Refusing to start").hasMessageContaining("ALUR_PERMIT_PAYMENT_SECRET");
    assertThatThrownBy(() -> new PermitSecretsGuard(KEY, "too-short")).hasMessageContaining("shorter than 32");
    new PermitSecretsGuard(KEY, paymentSecret);
  }

  @Test
  @DisplayName("application.yaml's development key is the one the prod guard refuses")
  void developmentKeyIsTheConfiguredDefault() throws IOException {
    try (InputStream yaml = getClass().getResourceAsStream("/application.yaml")) {
      String text = new String(yaml.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(text).contains("signing-key: \"" + PermitSignatures.DEVELOPMENT_KEY + "\"")
          .contains("payment-secret: \"" + PermitSecretsGuard.DEVELOPMENT_PAYMENT_SECRET + "\"");
    }
  }
}
