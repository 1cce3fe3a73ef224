package id.alur.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TrackingNumberTest {

  @Test
  void printsPrefixYearAndSixDigits() {
    assertThat(new TrackingNumber("PRM", 2026, 123).value()).isEqualTo("PRM-2026-000123");
  }

  @Test
  void parsesWhatCitizensType() {
    assertThat(TrackingNumber.parse(" prm-2026-000123 ")).isEqualTo(new TrackingNumber("PRM", 2026, 123));
  }

  @Test
  void refusesMalformedNumbers() {
    assertThatThrownBy(() -> TrackingNumber.parse("PRM-2026-123")).hasMessageContaining("not a tracking number");
    assertThatThrownBy(() -> TrackingNumber.parse("PRM-2026-000000")).hasMessageContaining("sequence out of range");
    assertThatThrownBy(() -> new TrackingNumber("PR1", 2026, 1)).hasMessageContaining("three capital letters");
    assertThatThrownBy(() -> new TrackingNumber("PRM", 2026, 1_000_000)).hasMessageContaining("sequence out of range");
  }
}
