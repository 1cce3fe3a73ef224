package id.alur.cases;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.PostgresIntegrationTest;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class CaseRegistryIT extends PostgresIntegrationTest {

  @Autowired CaseRegistry registry;

  @Test
  @DisplayName("on PostgreSQL, 8 concurrent submitters get unique numbers without gaps")
  void concurrentOpeningsAreGapFree() throws Exception {
    // A prefix of its own, so other tests' cases cannot interleave with the count.
    List<TrackingNumber> opened = ConcurrentOpenings.open(registry, "ITC", "dpmptsp", 8, 25);

    assertThat(opened).extracting(TrackingNumber::sequence)
        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 200).boxed().toList());
    assertThat(registry.get(opened.get(0)).status().indonesian()).isEqualTo("Diajukan");
  }
}
