package id.alur.form;

import static id.alur.form.FieldProblem.Kind.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SubmissionCheckTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
  private static final Map<String, Object> CASE = Map.of("subject", "PBG rumah Jl. Pajajaran 12",
      "trackingNumber", "PRM-2026-000123");
  private static FormSchema review;
  private final SubmissionCheck check = new SubmissionCheck(new HideConditions());

  @BeforeAll
  static void readForm() throws Exception {
    review = FormSchemaReader.read("FormCheckTestReview.form",
        Files.readAllBytes(Path.of("src/test/resources/forms/formcheck/FormCheckTestReview.form")));
  }

  /** What Tasklist sends for a correct review: every shown field, the read-only one unchanged. */
  private static Map<String, Object> valid() {
    Map<String, Object> values = new HashMap<>();
    values.put("subject", "PBG rumah Jl. Pajajaran 12");
    values.put("nik", "3674012304850001");
    values.put("area", 120.5);
    values.put("category", "rumah");
    values.put("documents", Variables.serializedObjectValue("[\"ktp\",\"gambar\"]")
        .serializationDataFormat("application/json").create());
    values.put("visitDate", "2026-11-25");
    values.put("note", "Lengkap");
    values.put("approved", true);
    return values;
  }

  private List<FieldProblem> problems(Map<String, Object> submitted) {
    return check.check(review, SubmittedValues.plain(submitted), CASE, Set.of("trackingNumber"), TODAY, JAKARTA);
  }

  private List<FieldProblem> problemsWith(String key, Object value) {
    Map<String, Object> submitted = valid();
    submitted.put(key, value);
    return problems(submitted);
  }

  @Test
  @DisplayName("a correct submission passes, with a checklist sent as Tasklist sends it (JSON text)")
  void valid_passes() {
    assertThat(problems(valid())).isEmpty();
  }

  @Nested
  @DisplayName("each rule names the field and the problem")
  class Rules {

    @Test
    void requiredFieldsMissingOrEmpty() {
      Map<String, Object> submitted = valid();
      submitted.remove("nik");
      submitted.put("category", "");
      assertThat(problems(submitted)).containsExactly(FieldProblem.of("nik", REQUIRED),
          FieldProblem.of("category", REQUIRED));
    }

    @Test
    void textPatternAndLength() {
      assertThat(problemsWith("nik", "36740123")).containsExactly(FieldProblem.of("nik", PATTERN));
      assertThat(problemsWith("note", "x".repeat(501))).containsExactly(FieldProblem.of("note", TOO_LONG, 500));
      assertThat(problemsWith("note", 42)).containsExactly(FieldProblem.of("note", NOT_TEXT));
    }

    @Test
    void numbersRangeTypeAndDecimals() {
      assertThat(problemsWith("area", 0)).containsExactly(FieldProblem.of("area", BELOW_MIN, "1"));
      assertThat(problemsWith("area", 100001L)).containsExactly(FieldProblem.of("area", ABOVE_MAX, "100000"));
      assertThat(problemsWith("area", 12.345)).containsExactly(FieldProblem.of("area", TOO_MANY_DECIMALS, 2));
      assertThat(problemsWith("area", "120")).containsExactly(FieldProblem.of("area", NOT_NUMBER));
      assertThat(problemsWith("area", Double.NaN)).containsExactly(FieldProblem.of("area", NOT_NUMBER));
    }

    @Test
    void optionsOfSelectsAndChecklists() {
      assertThat(problemsWith("category", "gudang")).containsExactly(
          FieldProblem.of("category", NOT_AN_OPTION, "rumah, usaha"));
      assertThat(problemsWith("documents", List.of("ktp", "paspor"))).containsExactly(
          FieldProblem.of("documents", NOT_AN_OPTION, "ktp, sertifikat, gambar"));
      assertThat(problemsWith("documents", List.of("ktp", "ktp"))).containsExactly(
          FieldProblem.of("documents", REPEATED_OPTION, "ktp"));
      assertThat(problemsWith("documents", "ktp")).containsExactly(FieldProblem.of("documents", NOT_A_LIST));
    }

    @Test
    void absurdNumbersAreNoNumbers() {
      assertThat(problemsWith("area", new java.math.BigDecimal("1e999999999")))
          .containsExactly(FieldProblem.of("area", NOT_NUMBER));
    }

    @Test
    void aPassedDateTheCaseAlreadyHeldMayStay() {
      Map<String, Object> held = new HashMap<>(CASE);
      held.put("visitDate", "2026-11-20");
      Map<String, Object> submitted = valid();
      submitted.put("visitDate", "2026-11-20");
      assertThat(check.check(review, SubmittedValues.plain(submitted), held, Set.of("trackingNumber"), TODAY,
          JAKARTA)).isEmpty();
    }

    @Test
    void datesAndBooleans() {
      assertThat(problemsWith("visitDate", "25-11-2026")).containsExactly(FieldProblem.of("visitDate", NOT_A_DATE));
      assertThat(problemsWith("visitDate", "2026-11-20")).containsExactly(FieldProblem.of("visitDate", PAST_DATE));
      assertThat(problemsWith("approved", "ya")).startsWith(FieldProblem.of("approved", NOT_BOOLEAN));
    }

    @Test
    void variablesTheFormDoesNotDeclare() {
      assertThat(problemsWith("fee", 0)).containsExactly(FieldProblem.of("fee", NOT_ON_FORM));
      assertThat(problemsWith("trackingNumber", "PRM-2026-000123")).as("a system variable, unchanged").isEmpty();
      assertThat(problemsWith("trackingNumber", "PRM-2026-000999")).containsExactly(
          FieldProblem.of("trackingNumber", READ_ONLY));
    }

    @Test
    void readOnlyFieldsKeepTheCaseValue() {
      assertThat(problemsWith("subject", "Perihal lain")).containsExactly(FieldProblem.of("subject", READ_ONLY));
    }
  }

  @Nested
  @DisplayName("a field's hide condition is decided as form-js decides it")
  class Conditions {

    @Test
    void shownFieldIsRequired() {
      Map<String, Object> rejected = valid();
      rejected.put("approved", false);
      assertThat(problems(rejected)).containsExactly(FieldProblem.of("rejectionReason", REQUIRED));
      rejected.put("rejectionReason", "Gambar teknis tidak ditandatangani");
      assertThat(problems(rejected)).isEmpty();
    }

    @Test
    void hiddenFieldMustStayEmpty() {
      assertThat(problemsWith("rejectionReason", "Tidak lengkap sama sekali")).containsExactly(
          FieldProblem.of("rejectionReason", HIDDEN));
    }
  }
}
