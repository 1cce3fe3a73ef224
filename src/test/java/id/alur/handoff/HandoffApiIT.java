package id.alur.handoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.alur.PdfText;
import id.alur.PostgresIntegrationTest;
import id.alur.StaffHttp;
import id.alur.StaffHttp.Reply;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.TrackingNumber;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hand-offs over HTTP on PostgreSQL, as clerks do them: the holder asks through the API, the target's clerk
 * finds and completes the acceptance task through the engine's REST API (Tasklist's own calls), the case and its
 * hand-offs are read back, and an external hand-off's letter is downloaded and its answer recorded.
 */
class HandoffApiIT extends PostgresIntegrationTest {

  @Autowired CaseRegistry cases;
  @Autowired RuntimeService runtime;

  private String openCase() {
    TrackingNumber number = cases.open("ADU", "dsdabmbk", CaseStatus.DIDISPOSISIKAN);
    String instance = runtime.startProcessInstanceByKey("HandoffCallerTest", number.value(),
        Map.of("holder", "dsdabmbk")).getId();
    cases.linkProcessInstance(number, instance);
    return number.value();
  }

  private static String handoffs(String number) {
    return "/api/cases/" + number + "/handoffs";
  }

  @Test
  @DisplayName("the holder asks, the target accepts in its tasklist, the case is the target's")
  void internalHandoff() {
    String number = openCase();
    StaffHttp holder = as("clerk.dsdabmbk");
    StaffHttp target = as("clerk.dlh");

    Reply otherOpd = target.post(handoffs(number), "{\"target\": \"dishub\", \"reason\": \"bukan urusan kami\"}");
    assertThat(otherOpd.status()).as(otherOpd.body()).isEqualTo(403);
    Reply unknown = holder.post(handoffs(number), "{\"target\": \"dinas-entah\", \"reason\": \"Urusan sampah\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.json().path("field").asText()).isEqualTo("target");
    Reply noReason = holder.post(handoffs(number), "{\"target\": \"dlh\"}");
    assertThat(noReason.status()).isEqualTo(400);
    assertThat(noReason.json().path("field").asText()).isEqualTo("reason");
    Reply huge = holder.post(handoffs(number), "{\"target\": \"dlh\", \"reason\": \"" + "x".repeat(2001) + "\"}");
    assertThat(huge.status()).isEqualTo(400);
    assertThat(holder.post(handoffs(number), "{\"target\": 12").status()).isEqualTo(400);
    assertThat(holder.get(handoffs(number)).json()).as("nothing half-written").isEmpty();

    Reply asked = holder.post(handoffs(number), "{\"target\": \"dlh\", \"reason\": \"Sampah menyumbat saluran\"}");
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    assertThat(asked.json().path("state").asText()).isEqualTo("AWAITING_ACCEPTANCE");
    assertThat(asked.json().path("targetName").asText()).isEqualTo("Dinas Lingkungan Hidup");
    Reply replayed = holder.post(handoffs(number), "{\"target\": \"dlh\", \"reason\": \"Sampah menyumbat saluran\"}");
    assertThat(replayed.status()).as("a replay makes no second hand-off").isEqualTo(409);

    assertThat(target.get(handoffs(number)).status()).as("the target reads the hand-off it is asked").isEqualTo(200);
    assertThat(as("clerk.dishub").get(handoffs(number)).status()).isEqualTo(403);

    JsonNode found = target.get("/engine-rest/task?processInstanceBusinessKey=" + number
        + "&taskDefinitionKey=UserTask_AcceptHandoff&firstResult=0&maxResults=10").json();
    assertThat(found).hasSize(1);
    String taskId = found.get(0).path("id").asText();
    assertThat(as("clerk.dishub").get("/engine-rest/task/" + taskId).status()).isEqualTo(404);
    Reply withoutReason = target.post("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"handoffDecision\": {\"value\": \"return\"}}}");
    assertThat(withoutReason.status()).isEqualTo(400);
    assertThat(withoutReason.body()).contains("handoffReturnReason");
    assertThat(target.post("/engine-rest/task/" + taskId + "/complete",
        "{\"variables\": {\"handoffDecision\": {\"value\": \"accept\"}}}").status()).isEqualTo(204);

    assertThat(target.get("/api/cases/" + number).json().path("owningOpd").asText()).isEqualTo("dlh");
    assertThat(holder.get("/api/cases/" + number).status()).as("no longer the holder's").isEqualTo(403);
    JsonNode done = target.get(handoffs(number)).json();
    assertThat(done.get(0).path("state").asText()).isEqualTo("ACCEPTED");
    assertThat(done.get(0).path("answeredBy").asText()).isEqualTo("clerk.dlh");

    JsonNode dossier = as("auditor").get("/api/audit/cases/" + number).json();
    assertThat(dossier.path("handoffs").findValuesAsText("action")).contains("HANDOFF_REQUESTED",
        "HANDOFF_ACCEPTED");
  }

  private static String taskOf(StaffHttp clerk, String number, String key) {
    JsonNode found = clerk.get("/engine-rest/task?processInstanceBusinessKey=" + number + "&taskDefinitionKey=" + key
        + "&firstResult=0&maxResults=10").json();
    assertThat(found).as(found.toString()).hasSize(1);
    return found.get(0).path("id").asText();
  }

  @Test
  @DisplayName("on the third move Sekda's clerk gets the OPDs to choose from in Tasklist and names the owner")
  void arbitration() {
    String number = openCase();
    StaffHttp holder = as("clerk.dsdabmbk");
    StaffHttp target = as("clerk.dlh");
    StaffHttp sekda = as("clerk.setda");
    assertThat(holder.post(handoffs(number), "{\"target\": \"dlh\", \"reason\": \"Urusan sampah\"}").status())
        .isEqualTo(201);
    assertThat(target.post("/engine-rest/task/" + taskOf(target, number, "UserTask_AcceptHandoff") + "/complete", """
        {"variables": {"handoffDecision": {"value": "return"},
                       "handoffReturnReason": {"value": "Lumpur di saluran: pemeliharaan drainase"}}}""").status())
        .isEqualTo(204);
    Reply third = holder.post(handoffs(number), "{\"target\": \"dlh\", \"reason\": \"Tetap urusan sampah\"}");
    assertThat(third.json().path("state").asText()).isEqualTo("AWAITING_ARBITRATION");

    assertThat(sekda.get(handoffs(number)).status()).as("Sekda reads what it is to decide").isEqualTo(200);
    assertThat(as("clerk.dishub").get(handoffs(number)).status()).isEqualTo(403);
    String task = taskOf(sekda, number, "UserTask_Arbitrate");
    JsonNode variables = sekda.get("/engine-rest/task/" + task
        + "/form-variables?deserializeValues=false").json();
    // Tasklist's Camunda Forms ask so, and parse a Json variable for a select's valuesKey.
    assertThat(variables.path("arbitrationOptions").path("type").asText()).isEqualTo("Json");
    assertThat(variables.path("arbitrationOptions").path("value").asText())
        .contains("{\"label\":\"Dinas Lingkungan Hidup (dlh)\",\"value\":\"dlh\"}");
    assertThat(variables.path("handoffHistory").path("value").asText()).contains("Lumpur di saluran");
    assertThat(sekda.post("/engine-rest/task/" + task + "/complete", """
        {"variables": {"arbitrationOwner": {"value": "bukan-opd"},
                       "arbitrationReason": {"value": "Pilihan yang tidak ada"}}}""").status()).isEqualTo(400);
    assertThat(sekda.post("/engine-rest/task/" + task + "/complete", """
        {"variables": {"arbitrationOwner": {"value": "dlh"},
                       "arbitrationReason": {"value": "Sampah di saluran dibersihkan DLH"}}}""").status())
        .isEqualTo(204);
    assertThat(target.get("/api/cases/" + number).json().path("owningOpd").asText()).isEqualTo("dlh");
    assertThat(target.get(handoffs(number)).json().findValuesAsText("state")).containsExactly("RETURNED",
        "ARBITRATED");
  }

  @Test
  @DisplayName("an external hand-off's letter is stored with the case and its answer recorded once")
  void externalHandoff() {
    String number = openCase();
    StaffHttp holder = as("clerk.dsdabmbk");
    Reply asked = holder.post(handoffs(number), """
        {"target": "dpupr-banten", "reason": "Jl. Pondok Cabe Raya jalan provinsi",
         "legalBasis": "Kepgub Banten 620/Kep.420-Huk/2016 tentang status ruas jalan"}""");
    assertThat(asked.status()).as(asked.body()).isEqualTo(201);
    String letterNumber = asked.json().path("letterNumber").asText();
    assertThat(letterNumber).matches("\\d{3}/SP-DSDABMBK/[IVX]+/\\d{4}");
    String letter = asked.json().path("letterDocumentId").asText();

    byte[] pdf = holder.bytes("/api/cases/" + number + "/documents/" + letter);
    assertThat(PdfText.text(pdf)).contains(letterNumber, number, "Kepgub Banten 620/Kep.420-Huk/2016");
    assertThat(as("clerk.dlh").get("/api/cases/" + number + "/documents/" + letter).status()).isEqualTo(403);
    assertThat(holder.get("/api/cases/" + number).json().path("status").path("code").asText())
        .isEqualTo("DIALIHKAN");

    String answer = handoffs(number) + "/" + asked.json().path("id").asText() + "/answer";
    assertThat(as("clerk.dlh").post(answer, "{\"answer\": \"Sudah kami tangani\"}").status()).isEqualTo(403);
    assertThat(holder.post(answer, "{}").status()).isEqualTo(400);
    Reply answered = holder.post(answer, "{\"answer\": \"DPUPR Banten: perbaikan Februari 2027\"}");
    assertThat(answered.status()).as(answered.body()).isEqualTo(200);
    assertThat(answered.json().path("state").asText()).isEqualTo("ANSWERED");
    assertThat(holder.post(answer, "{\"answer\": \"DPUPR Banten: perbaikan Februari 2027\"}").status())
        .as("a replay is refused").isEqualTo(409);
    assertThat(holder.post(handoffs(number) + "/00000000-0000-0000-0000-000000000000/answer",
        "{\"answer\": \"apa saja\"}").status()).isEqualTo(404);
  }
}
