package id.alur.form;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.alur.PostgresIntegrationTest;
import id.alur.StaffHttp;
import id.alur.StaffHttp.Reply;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The form checks over the engine's REST API on PostgreSQL, as any client other than Tasklist would meet them. */
class FormValidationIT extends PostgresIntegrationTest {

  private static final String PROCESS = "FormCheckTest";
  private static final String VALID_REVIEW = """
      {"variables": {
        "subject": {"value": "PBG rumah Jl. Pajajaran 12"},
        "nik": {"value": "3674012304850001"},
        "area": {"value": 120.5},
        "category": {"value": "rumah"},
        "documents": {"type": "Json", "value": "[\\"ktp\\",\\"gambar\\"]"},
        "note": {"value": "Lengkap"},
        "approved": {"value": true}
      }}""";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;

  private String startCase() {
    Reply reply = as("admin").post("/engine-rest/process-definition/key/" + PROCESS + "/submit-form",
        "{\"variables\": {\"subject\": {\"value\": \"PBG rumah Jl. Pajajaran 12\"},"
            + " \"trackingNumber\": {\"value\": \"PRM-2026-000777\"}}}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json().path("id").asText();
  }

  private Task reviewTask(String processInstanceId) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult();
  }

  private static List<String> fieldsAndProblems(Reply reply) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    JsonNode body = reply.json();
    assertThat(body.path("type").asText()).isEqualTo("FormValidationException");
    List<String> named = new ArrayList<>();
    body.path("fields").forEach(field -> named.add(field.path("field").asText() + " " + field.path("problem").asText()));
    return named;
  }

  @Nested
  @DisplayName("a task's form")
  class TaskForms {

    @Test
    @DisplayName("a bad submit-form is a 400 naming each field and why; the task stays open and nothing is written")
    void badSubmissionIsRefused() {
      String instance = startCase();
      Task task = reviewTask(instance);

      Reply reply = as("clerk.dcktr").post("/engine-rest/task/" + task.getId() + "/submit-form", """
          {"variables": {
            "nik": {"value": "36740123"},
            "area": {"value": 0},
            "category": {"value": "gudang"},
            "documents": {"type": "Json", "value": "[\\"ktp\\",\\"paspor\\"]"},
            "approved": {"value": true},
            "fee": {"value": 0}
          }}""");

      assertThat(fieldsAndProblems(reply)).containsExactly("nik PATTERN", "area BELOW_MIN",
          "category NOT_AN_OPTION", "documents NOT_AN_OPTION", "fee NOT_ON_FORM");
      JsonNode area = reply.json().path("fields").get(1);
      assertThat(area.path("label").asText()).isEqualTo("Luas bangunan (m²)");
      assertThat(area.path("message").asText()).isEqualTo("terlalu kecil, paling kecil 1");
      assertThat(area.path("messageEn").asText()).isEqualTo("is too small, at least 1");
      assertThat(reply.json().path("messageId").asText()).startsWith("Isian formulir tidak dapat diterima: nik (");
      assertThat(reviewTask(instance).getId()).as("the task is still open").isEqualTo(task.getId());
      assertThat(runtime.getVariables(instance)).as("nothing was written")
          .containsOnlyKeys("subject", "trackingNumber");
    }

    @Test
    @DisplayName("/complete without variables is refused for every required field the form shows")
    void completeWithoutVariables() {
      String instance = startCase();
      Reply reply = as("clerk.dcktr").post("/engine-rest/task/" + reviewTask(instance).getId() + "/complete", "{}");

      assertThat(fieldsAndProblems(reply)).containsExactly("nik REQUIRED", "area REQUIRED", "category REQUIRED",
          "rejectionReason REQUIRED");
    }

    @Test
    @DisplayName("changing a read-only field or a system variable is refused")
    void readOnlyValues() {
      String instance = startCase();
      String valid = VALID_REVIEW.replace("PBG rumah Jl. Pajajaran 12", "Perihal lain")
          .replace("\"approved\"", "\"trackingNumber\": {\"value\": \"PRM-2026-000001\"}, \"approved\"");
      Reply reply = as("clerk.dcktr").post("/engine-rest/task/" + reviewTask(instance).getId() + "/complete", valid);

      assertThat(fieldsAndProblems(reply)).containsExactly("subject READ_ONLY", "trackingNumber READ_ONLY");
    }

    @Test
    @DisplayName("a valid submission completes the task and writes the values with their types")
    void validSubmission() {
      String instance = startCase();
      Reply reply = as("clerk.dcktr").post("/engine-rest/task/" + reviewTask(instance).getId() + "/submit-form",
          VALID_REVIEW);

      assertThat(reply.status()).as(reply.body()).isEqualTo(204);
      assertThat(reviewTask(instance).getTaskDefinitionKey()).isEqualTo("UserTask_ConfirmReview");
      assertThat(runtime.getVariables(instance)).containsEntry("nik", "3674012304850001")
          .containsEntry("area", 120.5).containsEntry("approved", true);
    }

    @Test
    @DisplayName("values sent with a BPMN error are checked too, without requiring the rest of the form")
    void bpmnErrorValues() {
      String instance = startCase();
      Reply reply = as("clerk.dcktr").post("/engine-rest/task/" + reviewTask(instance).getId() + "/bpmnError",
          "{\"errorCode\": \"Incomplete\", \"variables\": {\"note\": {\"value\": \"Berkas kurang\"},"
              + " \"fee\": {\"value\": 0}}}");

      assertThat(fieldsAndProblems(reply)).containsExactly("fee NOT_ON_FORM");
      assertThat(runtime.getVariables(instance)).doesNotContainKeys("note", "fee");
    }

    @Test
    @DisplayName("a clerk of another OPD gets 403 and learns nothing of the form")
    void otherOpd() {
      String instance = startCase();
      Reply reply = as("clerk.dinkes").post("/engine-rest/task/" + reviewTask(instance).getId() + "/complete", "{}");

      assertThat(reply.status()).isIn(403, 404);
      assertThat(reply.body()).doesNotContain("nik");
    }
  }

  @Nested
  @DisplayName("a start form")
  class StartForms {

    @Test
    @DisplayName("a start without the required field, or with an undeclared one (also at a later activity), is a 400 and starts nothing")
    void badStart() {
      StaffHttp admin = as("admin");
      long before = history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count();

      Reply missing = admin.post("/engine-rest/process-definition/key/" + PROCESS + "/submit-form",
          "{\"variables\": {}}");
      Reply extra = admin.post("/engine-rest/process-definition/key/" + PROCESS + "/start",
          "{\"variables\": {\"subject\": {\"value\": \"Perihal\"}, \"approved\": {\"value\": true}}}");
      Reply skipping = admin.post("/engine-rest/process-definition/key/" + PROCESS + "/start",
          "{\"variables\": {\"subject\": {\"value\": \"Perihal\"}, \"approved\": {\"value\": true}},"
              + " \"startInstructions\": [{\"type\": \"startBeforeActivity\","
              + " \"activityId\": \"UserTask_ConfirmReview\"}]}");

      assertThat(fieldsAndProblems(missing)).containsExactly("subject REQUIRED");
      assertThat(fieldsAndProblems(extra)).containsExactly("approved NOT_ON_FORM");
      assertThat(fieldsAndProblems(skipping)).as("a start at a later activity").containsExactly("approved NOT_ON_FORM");
      assertThat(history.createHistoricProcessInstanceQuery().processDefinitionKey(PROCESS).count())
          .isEqualTo(before);
    }
  }
}
