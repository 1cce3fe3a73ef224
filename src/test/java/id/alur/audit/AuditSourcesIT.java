package id.alur.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.PostgresIntegrationTest;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.TrackingNumber;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The events other parts of Alur put on the trail, each caused over HTTP as a user would cause it. */
class AuditSourcesIT extends PostgresIntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired AuditChain chain;
  @Autowired CaseRegistry cases;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;

  private long last() {
    return jdbc.sql("select coalesce(max(position), 0) from audit_event").query(Long.class).single();
  }

  private List<Map<String, Object>> since(long position, String action) {
    return jdbc.sql("select actor, opd, case_number, details from audit_event where position > ? and action = ?"
        + " order by position").params(position, action).query().listOfRows();
  }

  @Test
  @DisplayName("a refused request (403) and a failed login (401 with credentials) are on the trail, no password")
  void refusals() {
    long before = last();
    assertThat(as("clerk.dcktr").get("/api/audit/verify").status()).isEqualTo(403);
    // A name no other test logs in with: the engine delays a user's next login after a failed one.
    assertThat(anonymous().withPassword("head.dispora", "salah-sandi").get("/engine-rest/task?maxResults=1")
        .status()).isEqualTo(401);

    assertThat(since(before, "ACCESS_DENIED")).singleElement().satisfies(row -> {
      assertThat(row.get("actor")).isEqualTo("clerk.dcktr");
      assertThat((String) row.get("details")).contains("/api/audit/verify");
    });
    assertThat(since(before, "LOGIN_FAILED")).singleElement().satisfies(row -> {
      assertThat(row.get("actor")).isEqualTo("head.dispora");
      assertThat((String) row.get("details")).doesNotContain("salah-sandi");
    });
  }

  @Test
  @DisplayName("a clerk reading a citizen's case is on the trail, with the case and the OPD")
  void caseRead() {
    String number = cases.open("PRM", "dcktr", CaseStatus.DIAJUKAN).value();
    long before = last();
    assertThat(as("clerk.dcktr").get("/api/cases/" + number).status()).isEqualTo(200);

    assertThat(since(before, "CASE_READ")).singleElement().satisfies(row -> {
      assertThat(row.get("actor")).isEqualTo("clerk.dcktr");
      assertThat(row.get("case_number")).isEqualTo(number);
      assertThat(row.get("opd")).isEqualTo("dcktr");
    });
  }

  @Test
  @DisplayName("a clerk reading a case's task variables through the engine is on the trail; task lists are not")
  void engineVariableReads() {
    TrackingNumber number = cases.open("PRM", "dcktr", CaseStatus.DIAJUKAN);
    String instance = as("admin").post("/engine-rest/process-definition/key/FormCheckTest/submit-form",
        "{\"variables\": {\"subject\": {\"value\": \"Perihal\"}, \"trackingNumber\": {\"value\": \""
            + number.value() + "\"}}}").json().path("id").asText();
    cases.linkProcessInstance(number, instance);
    String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    long before = last();

    assertThat(as("clerk.dcktr").get("/engine-rest/task?maxResults=50").status()).isEqualTo(200);
    assertThat(as("clerk.dcktr").get("/engine-rest/task/" + task + "/form-variables").status()).isEqualTo(200);
    assertThat(as("clerk.dinkes").get("/engine-rest/task/" + task + "/form-variables").status())
        .as("a clerk of another OPD").isIn(403, 404);
    assertThat(as("auditor").get("/engine-rest/history/variable-instance?maxResults=50&processInstanceIdIn="
        + instance).status()).isEqualTo(200);

    List<Map<String, Object>> reads = since(before, "CASE_READ");
    assertThat(reads).hasSize(2);
    assertThat(reads.get(0)).containsEntry("actor", "clerk.dcktr").containsEntry("case_number", number.value())
        .containsEntry("opd", "dcktr");
    assertThat((String) reads.get(0).get("details")).contains("\"via\":\"engine-rest\"")
        .contains("/task/" + task + "/form-variables");
    assertThat(reads.get(1)).containsEntry("actor", "auditor").containsEntry("case_number", number.value());
  }

  @Test
  @DisplayName("an SLA clock started by a clerk's completed task is on the trail, with the case")
  void slaClock() {
    TrackingNumber number = cases.open("PRM", "dcktr", CaseStatus.DIAJUKAN);
    String instance = runtime.startProcessInstanceByKey("SlaClockTest", number.value(),
        Map.of("opd", "dcktr", "budget", "5HK")).getId();
    cases.linkProcessInstance(number, instance);
    long before = last();
    String checkFile = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    identity.setAuthentication("clerk.dcktr", List.of("dcktr"));
    try {
      tasks.complete(checkFile);
    } finally {
      identity.clearAuthentication();
    }

    assertThat(since(before, "SLA_START")).singleElement().satisfies(row -> {
      assertThat(row.get("actor")).isEqualTo("clerk.dcktr");
      assertThat(row.get("case_number")).isEqualTo(number.value());
      assertThat(row.get("opd")).isEqualTo("dcktr");
    });
    runtime.deleteProcessInstance(instance, "test done");
  }

  @Test
  @DisplayName("a holiday set by the admin is on the trail with the admin as actor")
  void calendarChange() {
    long before = last();
    assertThat(as("admin").put("/api/calendar/holidays/2027-12-30",
        "{\"kind\": \"CUTI_BERSAMA\", \"name\": \"Uji jejak audit\", \"status\": \"ESTIMATED\"}").status())
        .isBetween(200, 204);
    try {
      assertThat(since(before, "CALENDAR_CHANGED")).singleElement().satisfies(row -> {
        assertThat(row.get("actor")).isEqualTo("admin");
        assertThat((String) row.get("details")).contains("2027-12-30");
      });
    } finally {
      as("admin").delete("/api/calendar/holidays/2027-12-30");
    }
  }

  @Test
  @DisplayName("a designer's deployment is on the trail with the designer and the files")
  void deployment() {
    long before = last();
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          id="Definitions_AuditDeploy" targetNamespace="https://alur.id/bpmn/test">
          <bpmn:process id="AuditDeployTest" isExecutable="true" camunda:historyTimeToLive="P30D">
            <bpmn:startEvent id="StartEvent_Begin"/>
          </bpmn:process>
        </bpmn:definitions>""";
    var reply = as("designer").postMultipart("/engine-rest/deployment/create",
        Map.of("deployment-name", "audit-test"), Map.of("AuditDeployTest.bpmn", bpmn.getBytes()));
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);

    assertThat(since(before, "DEPLOYMENT")).singleElement().satisfies(row -> {
      assertThat(row.get("actor")).isEqualTo("designer");
      assertThat((String) row.get("details")).contains("AuditDeployTest.bpmn", "audit-test");
    });
    assertThat(chain.verify().valid()).isTrue();
  }
}
