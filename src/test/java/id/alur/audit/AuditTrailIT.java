package id.alur.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import id.alur.PostgresIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The hash-chained trail on PostgreSQL: concurrent writers, the database's refusal, tampering found. */
class AuditTrailIT extends PostgresIntegrationTest {

  @Autowired AuditTrail trail;
  @Autowired AuditChain chain;
  @Autowired AuditCheckpoints checkpoints;
  @Autowired JdbcClient jdbc;
  @Autowired org.camunda.bpm.engine.TaskService taskService;

  private AuditEntry record(String actor, int n) {
    return trail.recordAlone(new AuditEvent(actor, "dcktr", "PRM-2026-000" + (100 + n % 900), "TEST_EVENT",
        Map.of("n", n, "note", "uji jejak audit")));
  }

  @Test
  @DisplayName("8 concurrent writers: every event gets its own position and the chain verifies without a break")
  void concurrentWritersNeverFork() throws Exception {
    long before = chain.verify().rows();
    ExecutorService writers = Executors.newFixedThreadPool(8);
    List<Callable<List<Long>>> jobs = new ArrayList<>();
    for (int writer = 0; writer < 8; writer++) {
      String actor = "writer." + writer;
      jobs.add(() -> {
        List<Long> positions = new ArrayList<>();
        for (int n = 0; n < 25; n++) {
          positions.add(record(actor, n).position());
        }
        return positions;
      });
    }
    List<Long> positions = new ArrayList<>();
    for (Future<List<Long>> done : writers.invokeAll(jobs)) {
      positions.addAll(done.get());
    }
    writers.shutdown();

    assertThat(positions).hasSize(200).doesNotHaveDuplicates();
    ChainVerification verification = chain.verify();
    assertThat(verification.valid()).as(String.valueOf(verification)).isTrue();
    assertThat(verification.rows()).isGreaterThanOrEqualTo(before + 200);
  }

  @Test
  @DisplayName("the application's role can neither change nor delete nor truncate a row")
  void appendOnly() {
    record("clerk.dcktr", 1);

    assertThatThrownBy(() -> jdbc.sql("update audit_event set actor = 'someone.else'").update())
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update()).hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).hasMessageContaining("append-only");
    assertThat(chain.verify().valid()).isTrue();
  }

  @Test
  @DisplayName("a row altered by the table's owner behind the trigger is found by verification, at that row")
  void tamperingIsDetected() {
    AuditEntry entry = record("clerk.dcktr", 2);
    try {
      asOwnerWithoutTrigger("update audit_event set actor = 'head.dcktr' where position = " + entry.position());

      ChainVerification verification = chain.verify();
      assertThat(verification.valid()).isFalse();
      assertThat(verification.brokenAt()).isEqualTo(entry.position());
      assertThat(verification.reason()).isEqualTo("its content does not match its hash");
    } finally {
      asOwnerWithoutTrigger("update audit_event set actor = 'clerk.dcktr' where position = " + entry.position());
    }
    assertThat(chain.verify().valid()).isTrue();
  }

  @Test
  @DisplayName("a checkpoint keeps the chain's length and last hash outside the chain")
  void checkpoint() {
    AuditEntry last = record("system", 3);
    AuditCheckpoints.Checkpoint checkpoint = checkpoints.take().orElseThrow();

    assertThat(checkpoint.rows()).isGreaterThanOrEqualTo(last.position());
    assertThat(jdbc.sql("select last_hash from audit_checkpoint where row_count = ?").param(checkpoint.rows())
        .query(String.class).list()).contains(checkpoint.lastHash());
    assertThat(chain.verify().valid()).isTrue();
  }

  @Test
  @DisplayName("GET /api/audit/verify answers auditors with rows and validity; a clerk gets 403")
  void verifyOverHttp() {
    record("clerk.dcktr", 4);

    JsonNode answer = as("auditor").get("/api/audit/verify").json();
    assertThat(answer.path("valid").asBoolean()).isTrue();
    assertThat(answer.path("rows").asLong()).isPositive();
    assertThat(answer.has("brokenAt")).isFalse();
    assertThat(as("clerk.dcktr").get("/api/audit/verify").status()).isEqualTo(403);
  }

  @Test
  @DisplayName("a task's life is on the trail: created, claimed, completed with its form's values, NIK masked")
  void taskEvents() {
    String number = "PRM-2026-000888";
    var started = as("admin").post("/engine-rest/process-definition/key/FormCheckTest/submit-form",
        "{\"variables\": {\"subject\": {\"value\": \"Perihal\"}, \"trackingNumber\": {\"value\": \"" + number
            + "\"}}}");
    String instance = started.json().path("id").asText();
    String task = taskService.createTaskQuery().processInstanceId(instance).singleResult().getId();
    assertThat(as("clerk.dcktr").post("/engine-rest/task/" + task + "/claim", "{\"userId\": \"clerk.dcktr\"}")
        .status()).isEqualTo(204);
    assertThat(as("clerk.dcktr").post("/engine-rest/task/" + task + "/complete", """
        {"variables": {"nik": {"value": "3674012304850001"}, "area": {"value": 90}, "category": {"value": "rumah"},
                       "approved": {"value": true}}}""").status()).isEqualTo(204);

    List<Map<String, Object>> rows = jdbc.sql("select actor, opd, action, details from audit_event"
        + " where case_number = ? and details like ? order by position").params(number, "%" + task + "%")
        .query().listOfRows();
    assertThat(rows).extracting(row -> row.get("action") + " " + row.get("actor") + " " + row.get("opd"))
        .containsExactly("TASK_CREATED admin dcktr", "TASK_ASSIGNED clerk.dcktr dcktr",
            "TASK_COMPLETED clerk.dcktr dcktr");
    String completed = (String) rows.get(2).get("details");
    assertThat(completed).contains("\"nik\":\"************0001\"", "\"area\":90", "\"category\":\"rumah\"")
        .doesNotContain("3674012304850001");
    assertThat(chain.verify().valid()).isTrue();
  }

  /** What an owner (here the test's database user) can still do: switch the trigger off and grant itself. */
  private void asOwnerWithoutTrigger(String statement) {
    jdbc.sql("alter table audit_event disable trigger audit_event_no_change").update();
    try {
      jdbc.sql("grant update on audit_event to current_user").update();
      jdbc.sql(statement).update();
    } finally {
      jdbc.sql("revoke update on audit_event from current_user").update();
      jdbc.sql("alter table audit_event enable trigger audit_event_no_change").update();
    }
  }
}
