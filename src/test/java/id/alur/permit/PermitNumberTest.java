package id.alur.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PermitNumberTest {

  @Test
  @DisplayName("reads the printed and the URL form, as typed or scanned")
  void bothForms() {
    PermitNumber number = new PermitNumber("PBG", 123, "dpmptsp", 2026);
    assertThat(number.value()).isEqualTo("PBG/000123/DPMPTSP/2026");
    assertThat(number.dashed()).isEqualTo("PBG-000123-DPMPTSP-2026");
    assertThat(PermitNumber.tryParse("PBG/000123/DPMPTSP/2026")).contains(number);
    assertThat(PermitNumber.tryParse(" pbg-000123-dpmptsp-2026 ")).contains(number);
  }

  @Test
  @DisplayName("an OPD code with a dash of its own survives the URL form")
  void dashedOpd() {
    PermitNumber number = new PermitNumber("SIP", 7, "kec-serpong", 2026);
    assertThat(PermitNumber.tryParse(number.dashed())).contains(number);
    assertThat(number.value()).isEqualTo("SIP/000007/KEC-SERPONG/2026");
  }

  @Test
  @DisplayName("anything else is no number")
  void malformed() {
    assertThat(PermitNumber.tryParse("PBG-123-DPMPTSP-2026")).isEmpty();
    assertThat(PermitNumber.tryParse("PBG/000123-DPMPTSP/2026")).isEmpty();
    assertThat(PermitNumber.tryParse("PRM-2026-000123")).isEmpty();
    assertThat(PermitNumber.tryParse("PBG-000123-" + "A".repeat(80) + "-2026")).isEmpty();
    assertThatThrownBy(() -> new PermitNumber("pbg", 1, "dpmptsp", 2026)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new PermitNumber("PBG", 0, "dpmptsp", 2026)).isInstanceOf(IllegalArgumentException.class);
  }
}
