package id.alur.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.alur.PostgresIntegrationTest;
import id.alur.StaffHttp.Reply;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The guards at the HTTP edge, each shown with the request it stops. Limits are lowered to test them. */
@TestPropertySource(properties = {
    "alur.http.max-body-size=64KB",
    "alur.http.max-upload-size=256KB",
    "alur.http.public-requests-per-minute=20"})
class HardeningIT extends PostgresIntegrationTest {

  @Autowired RepositoryService repositoryService;
  @Autowired RuntimeService runtimeService;

  @Nested
  @DisplayName("deployments are checked")
  class Deployments {

    @Test
    @DisplayName("a deployment breaking several rules is refused with 400 listing every problem, and nothing is deployed")
    void refusedWithEveryProblem() {
      long before = repositoryService.createDeploymentQuery().count();
      Reply reply = deploy("Unsafe.bpmn", """
          <?xml version="1.0" encoding="UTF-8"?>
          <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                            xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                            id="Definitions_Unsafe" targetNamespace="https://alur.id/bpmn/test">
            <bpmn:process id="Unsafe" isExecutable="true">
              <bpmn:startEvent id="StartEvent_Start">
                <bpmn:extensionElements>
                  <camunda:executionListener event="start">
                    <camunda:script scriptFormat="javascript">java.lang.System.exit(1)</camunda:script>
                  </camunda:executionListener>
                </bpmn:extensionElements>
              </bpmn:startEvent>
              <bpmn:sequenceFlow id="Flow_ToScript" sourceRef="StartEvent_Start" targetRef="ScriptTask_Run"/>
              <bpmn:scriptTask id="ScriptTask_Run" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask>
              <bpmn:sequenceFlow id="Flow_ToBean" sourceRef="ScriptTask_Run" targetRef="ServiceTask_Bean"/>
              <bpmn:serviceTask id="ServiceTask_Bean" camunda:expression="${dataSource.getConnection()}"/>
              <bpmn:sequenceFlow id="Flow_ToTask" sourceRef="ServiceTask_Bean" targetRef="UserTask_Approve"/>
              <bpmn:userTask id="UserTask_Approve" name="Setujui"/>
              <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="UserTask_Approve" targetRef="EndEvent_End"/>
              <bpmn:endEvent id="EndEvent_End"/>
            </bpmn:process>
          </bpmn:definitions>
          """);

      assertThat(reply.status()).as(reply.body()).isEqualTo(400);
      JsonNode errors = reply.json().at("/details/Unsafe.bpmn/errors");
      List<String> problems = new ArrayList<>();
      errors.forEach(error -> problems.add(error.path("mainElementId").asText() + ": " + error.path("message").asText()));
      assertThat(problems).contains(
          "StartEvent_Start: scripts (camunda:script) are not allowed",
          "ScriptTask_Run: script tasks are not allowed");
      assertThat(problems).anyMatch(problem -> problem.startsWith(
          "ServiceTask_Bean: expression '${dataSource.getConnection()}' calls dataSource.getConnection()"));
      assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);

      Reply conventions = deploy("Unowned.bpmn", """
          <?xml version="1.0" encoding="UTF-8"?>
          <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                            id="Definitions_Unowned" targetNamespace="https://alur.id/bpmn/test">
            <bpmn:process id="Unowned" isExecutable="true">
              <bpmn:startEvent id="StartEvent_Start"/>
              <bpmn:sequenceFlow id="Flow_ToTask" sourceRef="StartEvent_Start" targetRef="UserTask_Approve"/>
              <bpmn:userTask id="UserTask_Approve" name="Setujui"/>
              <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="UserTask_Approve" targetRef="EndEvent_End"/>
              <bpmn:endEvent id="EndEvent_End"/>
            </bpmn:process>
          </bpmn:definitions>
          """);
      assertThat(conventions.status()).isEqualTo(400);
      assertThat(conventions.json().at("/details/Unowned.bpmn/errors").findValuesAsText("message")).contains(
          "process has no camunda:historyTimeToLive",
          "user task has no candidate group (owner)",
          "user task has no due date",
          "user task has no form (camunda:formRef)");
      assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }

    @Test
    void xmlWithADoctypeIsRefused() {
      Reply reply = deploy("Entity.bpmn", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
          + "<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"Definitions_Entity\">"
          + "&x;</bpmn:definitions>");
      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.body()).contains("XML with a DOCTYPE is not accepted").doesNotContain("root:");
    }

    private Reply deploy(String file, String xml) {
      return as("designer").postMultipart("/engine-rest/deployment/create", Map.of("deployment-name", file),
          Map.of(file, xml.getBytes(StandardCharsets.UTF_8)));
    }
  }

  @Nested
  @DisplayName("request bodies")
  class Bodies {

    @Test
    @DisplayName("a Java-serialized variable is a 400 naming it, and is not stored")
    void javaSerializedVariableIs400() {
      String instance = runtimeService.startProcessInstanceByKey("PlatformSmokeTest", Map.of("opd", "dlh")).getId();
      // "rO0ABXQAA2hhaQ==" is java.lang.String "hai" in Java serialization.
      Reply reply = as("admin").post("/engine-rest/process-instance/" + instance + "/variables",
          "{\"modifications\": {\"payload\": {\"value\": \"rO0ABXQAA2hhaQ==\", \"type\": \"Object\", \"valueInfo\": "
              + "{\"objectTypeName\": \"java.lang.String\", \"serializationDataFormat\": "
              + "\"application/x-java-serialized-object\"}}}}");

      assertThat(reply.status()).as(reply.body()).isEqualTo(400);
      assertThat(reply.json().get("variables").toString()).isEqualTo("[\"payload\"]");
      assertThat(runtimeService.getVariables(instance)).doesNotContainKey("payload");
    }

    @Test
    @DisplayName("a body past the limit is a 413, for JSON and for uploads")
    void oversizedBodiesAre413() {
      String bigJson = "{\"name\": \"" + "x".repeat(80 * 1024) + "\"}";
      Reply json = as("admin").post("/engine-rest/task?maxResults=10", bigJson);
      assertThat(json.status()).isEqualTo(413);
      assertThat(json.json().get("limitBytes").asLong()).isEqualTo(64 * 1024);

      long before = repositoryService.createDeploymentQuery().count();
      Reply upload = as("designer").postMultipart("/engine-rest/deployment/create", Map.of("deployment-name", "big"),
          Map.of("Big.bpmn", new byte[300 * 1024]));
      assertThat(upload.status()).isEqualTo(413);
      assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);
    }
  }

  @Nested
  @DisplayName("answers")
  class Answers {

    @Test
    @DisplayName("an engine failure shows no SQL or stack trace, only a reference")
    void errorBodiesHideInternals() {
      Reply failure = as("admin").get("/engine-rest/history/process-instance?firstResult=-5&maxResults=10");
      // PostgreSQL refuses a negative OFFSET; Camunda's answer would quote the SQL and the driver's message.
      assertThat(failure.status()).as(failure.body()).isEqualTo(500);
      assertThat(failure.json().get("reference").asText()).isNotBlank();
      assertThat(failure.body()).doesNotContainIgnoringCase("select").doesNotContain("###").doesNotContain("\tat ")
          .doesNotContain("org.postgresql").doesNotContainIgnoringCase("sqlstate");

      Reply malformed = as("admin").post("/engine-rest/task?maxResults=10", "{\"name\": ");
      assertThat(malformed.status()).isEqualTo(400);
      assertThat(malformed.body()).doesNotContain("\tat ").doesNotContain("com.fasterxml");

      Reply spring = as("clerk.dlh").get("/api/cases/bukan-nomor");
      assertThat(spring.status()).isEqualTo(400);
      assertThat(spring.json().get("field").asText()).isEqualTo("trackingNumber");
      assertThat(spring.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    @DisplayName("HSTS everywhere, a CSP that allows nothing on the APIs, and no framing")
    void securityHeaders() {
      Reply api = anonymous().get("/api/public/cases/PRM-2026-000001");
      assertThat(api.header("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
      assertThat(api.header("Content-Security-Policy")).isEqualTo(
          "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'");
      assertThat(api.header("X-Frame-Options")).isEqualTo("DENY");
      assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");

      Reply tasklist = anonymous().get("/camunda/app/tasklist/default/");
      assertThat(tasklist.header("Strict-Transport-Security")).startsWith("max-age=31536000");
      assertThat(tasklist.header("Content-Security-Policy")).contains("script-src 'nonce-")
          .contains("object-src 'none'").contains("frame-ancestors 'none'").doesNotContain("https:");
    }

    @Test
    @DisplayName("the public API answers 429 past the per-client rate")
    void publicApiIsRateLimited() {
      List<Integer> statuses = new ArrayList<>();
      Reply limited = null;
      for (int i = 0; i < 25; i++) {
        Reply reply = anonymous().send("GET", "/api/public/cases/PRM-2026-000001", Map.of("X-Access-Code", "X"), null);
        statuses.add(reply.status());
        if (reply.status() == 429) {
          limited = reply;
        }
      }
      assertThat(statuses.subList(0, 15)).containsOnly(404);
      assertThat(statuses).contains(429);
      assertThat(limited.header("Retry-After")).isNotBlank();
      assertThat(limited.json().get("messageId").asText()).startsWith("Terlalu banyak permintaan");
      assertThat(as("clerk.dlh").get("/engine-rest/task?maxResults=1").status()).as("staff APIs are not limited")
          .isEqualTo(200);
    }
  }
}
