package id.alur.audit;

import id.alur.PdfText;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.alur.PostgresIntegrationTest;
import id.alur.StaffHttp;
import id.alur.StaffHttp.Reply;
import id.alur.cases.CaseRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The auditors' case search, case timeline and exports over HTTP on PostgreSQL. */
class AuditCasesIT extends PostgresIntegrationTest {

  @Autowired CaseRegistry cases;
  @Autowired TaskService tasks;

  private String workedCase() {
    return WorkedCase.open(cases, tasks, as("admin"), as("clerk.dcktr"));
  }

  @Test
  @DisplayName("an auditor finds a case by process and OPD, and reads its timeline: who, OPD, what, when, how long")
  void searchAndTimeline() {
    String number = workedCase();
    StaffHttp auditor = as("auditor");

    JsonNode found = auditor.get("/api/audit/cases?process=FormCheckTest&opd=dcktr&limit=1000").json();
    List<String> numbers = new ArrayList<>();
    found.forEach(row -> numbers.add(row.path("trackingNumber").asText()));
    assertThat(numbers).contains(number);

    JsonNode view = auditor.get("/api/audit/cases/" + number).json();
    assertThat(view.path("caseFile").path("process").asText()).isEqualTo("FormCheckTest");
    assertThat(view.path("path").findValuesAsText("activityId")).as("the path through the model, from history")
        .containsSubsequence("StartEvent_Requested", WorkedCase.REVIEW, "Gateway_Approved", WorkedCase.CONFIRM);
    assertThat(view.path("path").get(1).path("assignee").asText()).isEqualTo("clerk.dcktr");
    assertThat(view.path("path").get(1).path("seconds").asLong()).as("how long the review took")
        .isEqualTo(WorkedCase.REVIEW_TAKES.toSeconds());
    assertThat(view.path("path").get(3).path("active").asBoolean()).as("the case waits at the confirmation").isTrue();
    assertThat(view.path("path").get(3).path("seconds").asLong()).as("and has waited there since the review")
        .isGreaterThanOrEqualTo(Duration.ofHours(20).toSeconds());
    List<String> steps = new ArrayList<>();
    view.path("timeline").forEach(step -> steps.add(step.path("action").asText() + " " + step.path("actor").asText()
        + " " + step.path("opd").asText()));
    assertThat(steps).containsSubsequence("TASK_CREATED admin dcktr", "TASK_ASSIGNED clerk.dcktr dcktr",
        "TASK_COMPLETED clerk.dcktr dcktr");
    assertThat(view.path("timeline").get(0).path("secondsUntilNext").isNumber()).isTrue();
    assertThat(view.path("timeline").toString()).doesNotContain("3674012304850001");

    JsonNode again = auditor.get("/api/audit/cases/" + number).json();
    assertThat(again.path("timeline").toString()).as("the auditor's own read is on the trail")
        .contains("CASE_READ");
  }

  @Test
  @DisplayName("a search and a case's timeline export as CSV; formulas are defused")
  void exports() {
    String number = workedCase();
    Reply search = as("auditor").get("/api/audit/cases/export.csv?trackingNumber=" + number);
    Reply timeline = as("auditor").get("/api/audit/cases/" + number + "/timeline.csv");

    assertThat(search.status()).isEqualTo(200);
    assertThat(search.header("Content-Type")).startsWith("text/csv");
    assertThat(search.body()).startsWith("\"trackingNumber\",\"process\",\"opd\"")
        .contains("\"" + number + "\",\"FormCheckTest\",\"dcktr\",\"DIAJUKAN\"");
    assertThat(timeline.header("Content-Disposition")).contains(number + ".csv");
    byte[] pdf = as("auditor").bytes("/api/audit/cases/" + number + "/report.pdf");
    assertThat(PdfText.text(pdf)).contains(number).contains("Tugas diselesaikan").contains("************0001")
        .doesNotContain(WorkedCase.NIK);
    assertThat(timeline.body()).contains("\"TASK_COMPLETED\"").contains("************0001");
    assertThat(Csv.line(List.of("=HYPERLINK(\"x\")"))).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"\r\n");
  }

  @Test
  @DisplayName("only auditors; a bad criterion is a 400 naming it; an unknown case is a 404")
  void refusals() {
    assertThat(as("clerk.dcktr").get("/api/audit/cases").status()).isEqualTo(403);
    assertThat(as("head.dcktr").get("/api/audit/cases/PRM-2026-000001").status()).isEqualTo(403);
    Reply badDate = as("auditor").get("/api/audit/cases?from=2026-13-01");
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.json().path("field").asText()).isEqualTo("from");
    assertThat(as("auditor").get("/api/audit/cases?status=TERBANG").json().path("field").asText())
        .isEqualTo("status");
    assertThat(as("auditor").get("/api/audit/cases?limit=100000").json().path("field").asText()).isEqualTo("limit");
    assertThat(as("auditor").get("/api/audit/cases/PRM-2099-999999").status()).isEqualTo(404);
  }
}
