package id.alur.identity;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.MinimalDeployment;
import id.alur.PostgresIntegrationTest;
import id.alur.StaffHttp;
import id.alur.StaffHttp.Reply;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.CitizenAccess;
import id.alur.cases.TrackingNumber;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/**
 * Who may do what, over HTTP, one nested class per row of the matrix. Two OPDs (DCKTR and Dinkes) each have
 * a running case with an open task. The test model stands in for the complaint process, so that the
 * coordinator's row can be shown before complaints exist.
 */
@TestPropertySource(properties = "alur.security.coordinator-processes=PlatformSmokeTest")
class AuthorizationMatrixIT extends PostgresIntegrationTest {

  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;
  @Autowired RepositoryService repositoryService;
  @Autowired CaseRegistry caseRegistry;
  @Autowired CitizenAccess citizenAccess;

  String dcktrTask;
  String dcktrInstance;
  String dinkesTask;
  String dinkesInstance;
  TrackingNumber dinkesCase;
  TrackingNumber complaintOfDlh;

  @BeforeEach
  void oneTaskAndCaseForEachOfTwoOpds() {
    dcktrInstance = startFor("dcktr");
    dcktrTask = taskOf(dcktrInstance);
    dinkesInstance = startFor("dinkes");
    dinkesTask = taskOf(dinkesInstance);
    dinkesCase = caseRegistry.open("PRM", "dinkes", CaseStatus.DIAJUKAN);
    complaintOfDlh = caseRegistry.open("ADU", "dlh", CaseStatus.DITERIMA);
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

  private static String complete() {
    return "{\"variables\": {\"approved\": {\"value\": true}}}";
  }

  @Nested
  @DisplayName("nobody logged in")
  class Unauthenticated {

    @Test
    void engineRestAndStaffApiAnswer401() {
      assertThat(anonymous().get("/engine-rest/task?maxResults=10").status()).isEqualTo(401);
      assertThat(anonymous().get("/engine-rest/process-definition?maxResults=10").status()).isEqualTo(401);
      assertThat(anonymous().post("/engine-rest/task/" + dinkesTask + "/complete", complete()).status()).isEqualTo(401);
      assertThat(anonymous().get("/api/cases/" + dinkesCase.value()).status()).isEqualTo(401);
      assertThat(taskService.createTaskQuery().taskId(dinkesTask).count()).isOne();
    }

    @Test
    void wrongPasswordAnswers401() {
      // Another user than the other tests': after a failure the engine holds the account back a few seconds.
      assertThat(anonymous().withPassword("clerk.dsdabmbk", "bukan-sandinya").get("/engine-rest/task?maxResults=10")
          .status()).isEqualTo(401);
      assertThat(anonymous().withPassword("nobody", "x").get("/engine-rest/task?maxResults=10").status()).isEqualTo(401);
    }

    @Test
    void unknownPathsAreRefused() {
      assertThat(anonymous().get("/h2-console").status()).isEqualTo(403);
      assertThat(anonymous().get("/actuator/env").status()).isEqualTo(403);
      assertThat(anonymous().get("/camunda/api/admin/setup/default/user/create").status()).isEqualTo(403);
    }
  }

  @Nested
  @DisplayName("a clerk of DCKTR, towards Dinkes")
  class ClerkOfAnotherOpd {

    @Test
    void listsOnlyTheirOpdsTasks() {
      assertThat(as("clerk.dcktr").get("/engine-rest/task?maxResults=100").json().findValuesAsText("id"))
          .contains(dcktrTask).doesNotContain(dinkesTask);
      assertThat(as("clerk.dinkes").get("/engine-rest/task?maxResults=100").json().findValuesAsText("id"))
          .contains(dinkesTask).doesNotContain(dcktrTask);
      assertThat(as("clerk.dcktr").get("/engine-rest/task/count").json().get("count").asLong())
          .isEqualTo(taskService.createTaskQuery().taskCandidateGroup("dcktr").count());
    }

    @Test
    void cannotReadClaimCompleteOrReadVariablesOfAnotherOpdsTask() {
      StaffHttp clerk = as("clerk.dcktr");

      // The task is not even there for them: no hint that it exists.
      assertThat(clerk.get("/engine-rest/task/" + dinkesTask).status()).isEqualTo(404);
      assertThat(clerk.get("/engine-rest/task/" + dinkesTask + "/variables").status()).isEqualTo(403);
      assertThat(clerk.get("/engine-rest/task/" + dinkesTask + "/form-variables").status()).isEqualTo(403);
      assertThat(clerk.get("/engine-rest/process-instance/" + dinkesInstance + "/variables").status()).isEqualTo(403);
      assertThat(clerk.post("/engine-rest/task/" + dinkesTask + "/claim", "{\"userId\": \"clerk.dcktr\"}").status())
          .isEqualTo(403);
      assertThat(clerk.post("/engine-rest/task/" + dinkesTask + "/complete", complete()).status()).isEqualTo(403);
      assertThat(clerk.post("/engine-rest/task/" + dinkesTask + "/submit-form", complete()).status()).isEqualTo(403);
      assertThat(clerk.get("/engine-rest/history/task?maxResults=100").json().findValuesAsText("id"))
          .doesNotContain(dinkesTask);
      assertThat(clerk.get("/engine-rest/history/variable-instance?maxResults=100").json()
          .findValuesAsText("processInstanceId")).doesNotContain(dinkesInstance);

      assertThat(taskService.createTaskQuery().taskId(dinkesTask).singleResult().getAssignee()).isNull();
    }

    @Test
    void cannotReadAnotherOpdsCase() {
      Reply reply = as("clerk.dcktr").get("/api/cases/" + dinkesCase.value());
      assertThat(reply.status()).isEqualTo(403);
      assertThat(reply.json().get("messageEn").asText()).isEqualTo("You are not allowed to access this case");
      assertThat(as("clerk.dinkes").get("/api/cases/" + dinkesCase.value()).json().at("/status/code").asText())
          .isEqualTo("DIAJUKAN");
    }

    @Test
    void canReadClaimAndCompleteTheirOwn() {
      StaffHttp clerk = as("clerk.dcktr");

      assertThat(clerk.get("/engine-rest/task/" + dcktrTask + "/variables").json().at("/opd/value").asText())
          .isEqualTo("dcktr");
      assertThat(clerk.post("/engine-rest/task/" + dcktrTask + "/claim", "{\"userId\": \"clerk.dcktr\"}").status())
          .isEqualTo(204);
      assertThat(clerk.post("/engine-rest/task/" + dcktrTask + "/complete", complete()).status()).isEqualTo(204);
      assertThat(taskService.createTaskQuery().taskId(dcktrTask).count()).isZero();
    }
  }

  @Nested
  @DisplayName("the head of Dinkes")
  class HeadOfAnOpd {

    @Test
    void seesTheOpdsTasksAndReassignsThem() {
      assertThat(as("clerk.dinkes").post("/engine-rest/task/" + dinkesTask + "/claim",
          "{\"userId\": \"clerk.dinkes\"}").status()).isEqualTo(204);

      assertThat(as("head.dinkes").get("/engine-rest/task?maxResults=100").json().findValuesAsText("id"))
          .contains(dinkesTask).doesNotContain(dcktrTask);
      Reply reassigned = as("head.dinkes").post("/engine-rest/task/" + dinkesTask + "/assignee",
          "{\"userId\": \"head.dinkes\"}");
      assertThat(reassigned.status()).as(reassigned.body()).isEqualTo(204);
      assertThat(taskService.createTaskQuery().taskId(dinkesTask).singleResult().getAssignee()).isEqualTo("head.dinkes");
    }

    @Test
    void aClerkCannotReassignAndAnotherHeadSeesNothing() {
      assertThat(as("clerk.dinkes").post("/engine-rest/task/" + dinkesTask + "/assignee",
          "{\"userId\": \"clerk.dcktr\"}").status()).isEqualTo(403);
      assertThat(as("head.dcktr").get("/engine-rest/task?maxResults=100").json().findValuesAsText("id"))
          .doesNotContain(dinkesTask);
      assertThat(as("head.dcktr").post("/engine-rest/task/" + dinkesTask + "/assignee",
          "{\"userId\": \"head.dcktr\"}").status()).isEqualTo(403);
      assertThat(taskService.createTaskQuery().taskId(dinkesTask).singleResult().getAssignee()).isNull();
    }
  }

  @Nested
  @DisplayName("the complaint coordinator")
  class Coordinator {

    @Test
    void seesComplaintTasksOfAllOpds() {
      assertThat(as("coordinator").get("/engine-rest/task?processDefinitionKey=PlatformSmokeTest&maxResults=100")
          .json().findValuesAsText("id")).contains(dcktrTask, dinkesTask);
      assertThat(as("coordinator").get("/engine-rest/task/" + dinkesTask + "/variables").json().at("/opd/value")
          .asText()).isEqualTo("dinkes");
    }

    @Test
    void readsComplaintCasesButNoOtherCases() {
      assertThat(as("coordinator").get("/api/cases/" + complaintOfDlh.value()).status()).isEqualTo(200);
      assertThat(as("coordinator").get("/api/cases/" + dinkesCase.value()).status()).isEqualTo(403);
    }
  }

  @Nested
  @DisplayName("the auditor")
  class Auditor {

    @Test
    void readsAllHistoryAndEveryCase() {
      assertThat(as("auditor").get("/engine-rest/history/process-instance?maxResults=100").json()
          .findValuesAsText("id")).contains(dcktrInstance, dinkesInstance);
      assertThat(as("auditor").get("/engine-rest/history/variable-instance?processInstanceId=" + dinkesInstance
          + "&maxResults=100").json().findValuesAsText("name")).contains("opd");
      assertThat(as("auditor").get("/api/cases/" + dinkesCase.value()).status()).isEqualTo(200);
      assertThat(as("auditor").get("/api/cases/" + complaintOfDlh.value()).status()).isEqualTo(200);
    }

    @Test
    void changesNothing() {
      StaffHttp auditor = as("auditor");
      assertThat(auditor.post("/engine-rest/task/" + dinkesTask + "/claim", "{\"userId\": \"auditor\"}").status())
          .isIn(403, 404);
      assertThat(auditor.post("/engine-rest/task/" + dinkesTask + "/complete", complete()).status()).isIn(403, 404);
      assertThat(auditor.put("/engine-rest/process-instance/" + dinkesInstance + "/variables/opd",
          "{\"value\": \"dcktr\", \"type\": \"String\"}").status()).isEqualTo(403);
      assertThat(auditor.delete("/engine-rest/history/process-instance/" + dinkesInstance).status()).isIn(403, 404);
      assertThat(auditor.delete("/engine-rest/process-instance/" + dinkesInstance).status()).isEqualTo(403);
      assertThat(auditor.post("/engine-rest/process-definition/key/PlatformSmokeTest/start", "{}").status())
          .isEqualTo(403);
      assertThat(deploy(auditor).status()).isEqualTo(403);

      assertThat(taskService.createTaskQuery().taskId(dinkesTask).singleResult().getAssignee()).isNull();
      assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceId(dinkesInstance).count()).isOne();
    }
  }

  @Nested
  @DisplayName("deployments")
  class Deployments {

    @Test
    void onlyDesignersDeploy() {
      long before = repositoryService.createDeploymentQuery().count();
      for (String user : new String[] {"clerk.dcktr", "head.dcktr", "coordinator", "auditor"}) {
        assertThat(deploy(as(user)).status()).as(user).isEqualTo(403);
      }
      assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before);

      Reply deployed = deploy(as("designer"));
      assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
      assertThat(repositoryService.createDeploymentQuery().count()).isEqualTo(before + 1);
    }
  }

  @Nested
  @DisplayName("a citizen")
  class Citizen {

    @Test
    void readsOnlyTheirOwnCaseWithItsAccessCode() {
      String code = citizenAccess.issue(dinkesCase);
      String otherCode = citizenAccess.issue(complaintOfDlh);

      Reply own = anonymous().send("GET", "/api/public/cases/" + dinkesCase.value(), Map.of("X-Access-Code", code), null);
      assertThat(own.status()).as(own.body()).isEqualTo(200);
      assertThat(own.json().at("/status/code").asText()).isEqualTo("DIAJUKAN");
      assertThat(own.json().at("/status/indonesian").asText()).isEqualTo("Diajukan");
      assertThat(own.json().has("owningOpd")).as("staff details stay inside").isFalse();

      Reply wrongCode = anonymous().send("GET", "/api/public/cases/" + dinkesCase.value(),
          Map.of("X-Access-Code", otherCode), null);
      Reply unknown = anonymous().send("GET", "/api/public/cases/PRM-2026-999999", Map.of("X-Access-Code", code), null);
      assertThat(wrongCode.status()).isEqualTo(404);
      assertThat(unknown.status()).isEqualTo(404);
      assertThat(wrongCode.body()).isEqualTo(unknown.body());

      Reply noCode = anonymous().get("/api/public/cases/" + dinkesCase.value());
      assertThat(noCode.status()).isEqualTo(400);
      assertThat(noCode.json().get("field").asText()).isEqualTo("X-Access-Code");
    }

    @Test
    void reachesNothingButThePublicApi() {
      assertThat(anonymous().get("/api/cases/" + dinkesCase.value()).status()).isEqualTo(401);
      assertThat(anonymous().get("/engine-rest/history/process-instance?maxResults=10").status()).isEqualTo(401);
      assertThat(anonymous().get("/camunda/api/engine/engine/default/task?maxResults=10").status()).isIn(401, 403);
    }
  }

  private static Reply deploy(StaffHttp staff) {
    return MinimalDeployment.deploy(staff, "DesignerTest");
  }
}
