package id.alur.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alur.web.ApiProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the staff API refuses in a budget request's amount, before anything is written. */
class NewBudgetRequestTest {

  static String request(String amount) {
    return """
        {"opd": "kec-pamulang", "title": "Perbaikan 5 unit PC", "subKegiatan": "7.01.01.2.01.0001",
         "targetAccount": "5.1.02.01.01.0024", "fundedInDpa": true, "amount": %s,
         "justification": "PC loket pelayanan rusak sehingga antrean memanjang"}""".formatted(amount);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e400", "\"45000000\"", "45000000.5", "0", "-5", "10000000000001", "true"})
  void refusedAmountsNameTheField(String amount) {
    assertThatThrownBy(() -> NewBudgetRequest.parse(request(amount)))
        .isInstanceOfSatisfying(ApiProblem.class, problem -> {
          assertThat(problem.field()).isEqualTo("amount");
          assertThat(problem.status().value()).isEqualTo(400);
        });
  }

  @Test
  void wholeRupiahWrittenAsADecimalIsAccepted() {
    assertThat(NewBudgetRequest.parse(request("1e7")).amount()).isEqualTo(10_000_000L);
    assertThat(NewBudgetRequest.parse(request("45000000.0")).amount()).isEqualTo(45_000_000L);
  }
}
