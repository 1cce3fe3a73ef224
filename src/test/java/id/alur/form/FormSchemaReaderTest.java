package id.alur.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class FormSchemaReaderTest {

  @Test
  @DisplayName("a form's input fields, their rules and options are read; display components are not fields")
  void readsFields() throws Exception {
    FormSchema form = FormSchemaReader.read("FormCheckTestReview.form",
        Files.readAllBytes(Path.of("src/test/resources/forms/formcheck/FormCheckTestReview.form")));

    assertThat(form.id()).isEqualTo("FormCheckTestReview");
    assertThat(form.keys()).containsExactly("subject", "nik", "area", "category", "documents", "visitDate", "note",
        "approved", "rejectionReason");
    FormField area = form.field("area").orElseThrow();
    assertThat(area.kind()).isEqualTo(FieldKind.NUMBER);
    assertThat(area.rules().max()).isEqualByComparingTo("100000");
    assertThat(area.rules().decimalDigits()).isEqualTo(2);
    assertThat(form.field("documents").orElseThrow().options()).containsExactly("ktp", "sertifikat", "gambar");
    assertThat(form.field("visitDate").orElseThrow().label()).isEqualTo("Tanggal survei");
    assertThat(form.field("subject").orElseThrow().readOnly()).isTrue();
    assertThat(form.field("rejectionReason").orElseThrow().hideCondition()).isEqualTo("=approved");
    assertThat(form.field("note").orElseThrow().rules().maxLength()).isEqualTo(500);
    assertThat(form.field("nik").orElseThrow().rules().maxLength())
        .as("a text field without a limit still has the engine's").isEqualTo(4000);
  }

  @Test
  @DisplayName("a malformed form names the file and every problem")
  void malformed() {
    String json = """
        {"id": "Broken", "components": [
          {"id": "A", "type": "textfield", "key": "no-dashes"},
          {"id": "B", "type": "filepicker", "key": "upload"},
          {"id": "C", "type": "textfield", "key": "code", "validate": {"pattern": "[0-9"}},
          {"id": "D", "type": "number", "key": "amount", "validate": {"max": "=limit"}},
          {"id": "E", "type": "select", "key": "kind"},
          {"id": "F", "type": "textarea", "key": "story", "validate": {"maxLength": 100000}},
          {"id": "G", "type": "textfield", "key": "code"},
          {"id": "H", "type": "group", "path": "applicant", "components": []}
        ]}""";

    assertThatThrownBy(() -> FormSchemaReader.read("forms/x/Broken.form", json.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(MalformedFormException.class, e -> {
          assertThat(e.getMessage()).startsWith("forms/x/Broken.form: ");
          assertThat(e.problems()).containsExactlyInAnyOrder(
              "no-dashes: key 'no-dashes' must be a variable name (letters, digits, _)",
              "upload: field type 'filepicker' is not supported: documents are uploaded to the case, not stored as"
                  + " variables",
              "code: validate.pattern is not a valid regular expression: Unclosed character class",
              "amount: validate.max is an expression; the server checks literal values only",
              "kind: a select needs values (or a valuesKey)",
              "story: validate.maxLength 100000 is above 4000",
              "code: the key is used twice",
              "H: a group with a data path is not supported; use flat field keys");
        });
  }

  @Test
  @DisplayName("a file that is not JSON is refused with its name")
  void notJson() {
    assertThatThrownBy(() -> FormSchemaReader.read("forms/x/Half.form", "{\"id\": ".getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(MalformedFormException.class)
        .hasMessageStartingWith("forms/x/Half.form: not valid JSON");
  }
}
