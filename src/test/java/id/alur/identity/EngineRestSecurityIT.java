package id.alur.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.PostgresIntegrationTest;
import id.alur.StaffHttp;
import id.alur.StaffHttp.Reply;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's REST API is closed by default and keeps each OPD to its own tasks. */
class EngineRestSecurityIT extends PostgresIntegrationTest {

  @Autowired TaskService taskService;

  String dcktrTask;
  String dinkesTask;
  String dinkesInstance;

  @BeforeEach
  void oneTaskForEachOfTwoOpds() {
    dcktrTask = taskOf(startFor("dcktr"));
    dinkesInstance = startFor("dinkes");
    dinkesTask = taskOf(dinkesInstance);
  }

  private String startFor(String opd) {
    Reply started = as("admin").post("/engine-rest/process-definition/key/PlatformSmokeTest/start",
        "{\"variables\": {\"opd\": {\"value\": \"" + opd + "\", \"type\": \"String\"}}}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return started.json().get("id").asText();
  }

  private String taskOf(String processInstanceId) {
    return taskService.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
  }

  @Nested
  @DisplayName("without valid credentials")
  class Unauthenticated {

    @Test
    void engineRestAnswers401() {
      assertThat(anonymous().get("/engine-rest/task?maxResults=10").status()).isEqualTo(401);
      assertThat(anonymous().get("/engine-rest/process-definition?maxResults=10").status()).isEqualTo(401);
      assertThat(anonymous().post("/engine-rest/task/" + dinkesTask + "/complete", "{}").status()).isEqualTo(401);
    }

    @Test
    void wrongPasswordAnswers401() {
      // Another user than the other tests': after a failure the engine holds the account back a few seconds.
      assertThat(anonymous().withPassword("clerk.dsdabmbk", "bukan-sandinya").get("/engine-rest/task?maxResults=10").status())
          .isEqualTo(401);
      assertThat(anonymous().withPassword("nobody", "x").get("/engine-rest/task?maxResults=10").status()).isEqualTo(401);
    }

    @Test
    void staffApiAnswers401ButPublicApiIsOpen() {
      assertThat(anonymous().get("/api/cases").status()).isEqualTo(401);
      assertThat(anonymous().get("/api/public/nothing-here-yet").status()).isEqualTo(404);
    }

    @Test
    void unknownPathsAreRefused() {
      assertThat(anonymous().get("/h2-console").status()).isEqualTo(403);
      assertThat(anonymous().get("/actuator/env").status()).isEqualTo(403);
    }
  }

  @Nested
  @DisplayName("a clerk of DCKTR")
  class ClerkOfAnotherOpd {

    @Test
    void listsOnlyTheirOpdsTasks() {
      Reply tasks = as("clerk.dcktr").get("/engine-rest/task?maxResults=100");

      assertThat(tasks.status()).isEqualTo(200);
      assertThat(tasks.json().findValuesAsText("id")).contains(dcktrTask).doesNotContain(dinkesTask);
      assertThat(as("clerk.dinkes").get("/engine-rest/task?maxResults=100").json().findValuesAsText("id"))
          .contains(dinkesTask).doesNotContain(dcktrTask);
    }

    @Test
    void cannotReadClaimOrCompleteAnotherOpdsTask() {
      StaffHttp clerk = as("clerk.dcktr");

      // The task is not even there for them: no hint that it exists.
      assertThat(clerk.get("/engine-rest/task/" + dinkesTask).status()).isEqualTo(404);
      assertThat(clerk.get("/engine-rest/task/" + dinkesTask + "/variables").status()).isEqualTo(403);
      assertThat(clerk.get("/engine-rest/process-instance/" + dinkesInstance + "/variables").status()).isEqualTo(403);
      assertThat(clerk.post("/engine-rest/task/" + dinkesTask + "/claim", "{\"userId\": \"clerk.dcktr\"}").status())
          .isEqualTo(403);
      assertThat(clerk.post("/engine-rest/task/" + dinkesTask + "/complete",
          "{\"variables\": {\"approved\": {\"value\": true}}}").status()).isEqualTo(403);
      assertThat(clerk.get("/engine-rest/history/task?maxResults=100").json().findValuesAsText("id"))
          .doesNotContain(dinkesTask);

      assertThat(taskService.createTaskQuery().taskId(dinkesTask).singleResult().getAssignee()).isNull();
    }

    @Test
    void canReadClaimAndCompleteTheirOwn() {
      StaffHttp clerk = as("clerk.dcktr");

      assertThat(clerk.get("/engine-rest/task/" + dcktrTask + "/variables").json().at("/opd/value").asText())
          .isEqualTo("dcktr");
      assertThat(clerk.post("/engine-rest/task/" + dcktrTask + "/claim", "{\"userId\": \"clerk.dcktr\"}").status())
          .isEqualTo(204);
      assertThat(clerk.post("/engine-rest/task/" + dcktrTask + "/complete",
          "{\"variables\": {\"approved\": {\"value\": true}}}").status()).isEqualTo(204);
      assertThat(taskService.createTaskQuery().taskId(dcktrTask).count()).isZero();
    }
  }

  @Nested
  @DisplayName("guards")
  class Guards {

    @Test
    @DisplayName("a query must page, at most 2000 rows a page")
    void queriesAreCapped() {
      Reply tooMany = as("admin").get("/engine-rest/task?maxResults=5000");
      assertThat(tooMany.status()).isEqualTo(400);
      assertThat(tooMany.body()).contains("Max results limit of 2000 exceeded");

      Reply unbounded = as("admin").get("/engine-rest/task");
      assertThat(unbounded.status()).isEqualTo(400);
      assertThat(unbounded.body()).contains("unbound number of results");
    }

    @Test
    @DisplayName("a Java-serialized variable is refused and not stored")
    void javaSerializationIsOff() {
      // The engine refuses it; its REST layer reports that as a 500 with a clear message (a 400 is issue 3's).
      // "rO0ABXQAA2hhaQ==" is java.lang.String "hai" in Java serialization.
      Reply reply = as("admin").put("/engine-rest/process-instance/" + dinkesInstance + "/variables/payload",
          "{\"value\": \"rO0ABXQAA2hhaQ==\", \"type\": \"Object\", \"valueInfo\": {\"objectTypeName\": "
              + "\"java.lang.String\", \"serializationDataFormat\": \"application/x-java-serialized-object\"}}");

      assertThat(reply.status()).as(reply.body()).isNotEqualTo(204);
      assertThat(reply.body()).contains("Java serialization format is prohibited").doesNotContain("\tat org.");
      assertThat(as("admin").get("/engine-rest/process-instance/" + dinkesInstance + "/variables").json().has("payload"))
          .isFalse();
    }
  }
}
