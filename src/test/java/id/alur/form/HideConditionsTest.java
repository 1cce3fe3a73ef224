package id.alur.form;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A hide condition decided without FEEL decides as FEEL does, for every kind of value the field may hold. */
class HideConditionsTest {

  private final HideConditions conditions = new HideConditions();

  @Test
  @DisplayName("a field compared with a text is hidden exactly when FEEL says so")
  void sameAnswerAsFeel() {
    List<String> asked = List.of("=verification != \"dispatch\"", "=verification = \"dispatch\"",
        "=  verification=\"dispatch\" ", "=verification != \"\"", "verification != \"dispatch\"",
        "=verification != \"dispatch\" and tier = \"NORMATIF\"", "=null != \"dispatch\"");
    List<Object> values = new ArrayList<>(List.of("dispatch", "archive", "", "Dispatch", " dispatch", 5, true));
    values.add(null);
    int compared = 0;
    for (String condition : asked) {
      for (Object value : values) {
        Map<String, Object> data = new HashMap<>(Map.of("tier", "NORMATIF"));
        data.put("verification", value);
        assertThat(conditions.hides(condition, data)).as(condition + " with " + value)
            .isEqualTo(conditions.byFeel(condition, data));
        compared++;
      }
      Map<String, Object> missing = Map.of("tier", "NORMATIF");
      assertThat(conditions.hides(condition, missing)).as(condition + " without the field")
          .isEqualTo(conditions.byFeel(condition, missing));
    }
    assertThat(compared).isEqualTo(asked.size() * values.size());
  }

  @Test
  @DisplayName("the answer form-js gives: hidden unless the choice it belongs to is made")
  void hiddenUnlessChosen() {
    assertThat(conditions.hides("=verification != \"dispatch\"", Map.of("verification", "archive"))).isTrue();
    assertThat(conditions.hides("=verification != \"dispatch\"", Map.of("verification", "dispatch"))).isFalse();
    assertThat(conditions.hides("=approvalDecision = \"approve\"", Map.of("approvalDecision", "approve"))).isTrue();
  }
}
