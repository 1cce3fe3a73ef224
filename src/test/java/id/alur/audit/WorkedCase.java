package id.alur.audit;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.StaffHttp;
import id.alur.StaffHttp.Reply;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.TrackingNumber;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A case of the test model {@code FormCheckTest} (with a diagram) whose review a DCKTR clerk claimed and
 * completed with a NIK two days ago, in {@link #REVIEW_TAKES}, so that it has waited at the head's
 * confirmation since: what the auditors' tests read.
 */
final class WorkedCase {

  static final String NIK = "3674012304850001";
  static final String REVIEW = "UserTask_ReviewApplication";
  static final String CONFIRM = "UserTask_ConfirmReview";

  private WorkedCase() {
  }

  /** The review takes exactly {@link #REVIEW_TAKES}: the engine's clock is moved, and put back after. */
  static final Duration REVIEW_TAKES = Duration.ofDays(1).plusHours(3);

  static String open(CaseRegistry cases, TaskService tasks, StaffHttp admin, StaffHttp clerk) {
    Instant opened = Instant.now().minus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
    try {
      ClockUtil.setCurrentTime(Date.from(opened));
      return review(cases, tasks, admin, clerk, opened);
    } finally {
      ClockUtil.reset();
    }
  }

  private static String review(CaseRegistry cases, TaskService tasks, StaffHttp admin, StaffHttp clerk,
      Instant opened) {
    TrackingNumber number = cases.open("PRM", "dcktr", CaseStatus.DIAJUKAN);
    Reply started = admin.post("/engine-rest/process-definition/key/FormCheckTest/submit-form",
        "{\"variables\": {\"subject\": {\"value\": \"Perihal\"}, \"trackingNumber\": {\"value\": \""
            + number.value() + "\"}}}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instance = started.json().path("id").asText();
    cases.linkProcessInstance(number, instance);
    String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
    assertThat(clerk.post("/engine-rest/task/" + task + "/claim", "{\"userId\": \"clerk.dcktr\"}").status())
        .isEqualTo(204);
    ClockUtil.setCurrentTime(Date.from(opened.plus(REVIEW_TAKES)));
    assertThat(clerk.post("/engine-rest/task/" + task + "/complete", """
        {"variables": {"nik": {"value": "%s"}, "area": {"value": 90},
                       "category": {"value": "rumah"}, "approved": {"value": true}}}""".formatted(NIK)).status())
        .isEqualTo(204);
    return number.value();
  }
}
