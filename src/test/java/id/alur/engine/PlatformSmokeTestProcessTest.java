package id.alur.engine;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import id.alur.form.FormSubmissionRejected;
import id.alur.form.RejectedField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

import java.io.InputStream;
import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import id.alur.ProcessTestEngine;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The process-test setup every process issue builds on: the in-memory engine of camunda.cfg.xml, the JUnit 5
 * extension and camunda-bpm-assert, shown on the test-only model.
 */
@Deployment(resources = {
    "processes/platform/PlatformSmokeTest.bpmn",
    "forms/platform/PlatformSmokeTestReview.form"})
class PlatformSmokeTestProcessTest {

  static final String PROCESS = "PlatformSmokeTest";
  static final String REVIEW = "UserTask_ReviewRequest";
  static final Date NOW = new Date(1_795_000_000_000L);

  @RegisterExtension
  static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

  ProcessEngine processEngine;

  @BeforeEach
  void freezeClock() {
    ClockUtil.setCurrentTime(NOW);
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("an approved request waits for its OPD's clerks with a form and a due date, then ends approved")
  void approvedPath() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, withVariables("opd", "dcktr"));

    assertThat(instance).isWaitingAt(REVIEW);
    assertThat(task()).hasCandidateGroup("dcktr").hasDueDate(new Date(NOW.getTime() + Duration.ofDays(2).toMillis()));
    complete(task(), withVariables("approved", true));

    assertThat(instance).hasPassed("EndEvent_Approved").hasNotPassed("EndEvent_Rejected").isEnded();
  }

  @Test
  @DisplayName("a rejected request ends rejected")
  void rejectedPath() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, withVariables("opd", "dinkes"));

    assertThat(task(instance)).hasCandidateGroup("dinkes");
    complete(task(instance), withVariables("approved", false));

    assertThat(instance).hasPassed("EndEvent_Rejected").hasNotPassed("EndEvent_Approved").isEnded();
  }

  @Test
  @DisplayName("process tests complete tasks through the form checks: a variable the form lacks is refused")
  void formChecksApplyInProcessTests() {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, withVariables("opd", "dcktr"));

    assertThatThrownBy(() -> complete(task(instance), withVariables("approved", "ya", "fee", 0)))
        .isInstanceOfSatisfying(FormSubmissionRejected.class, rejected -> assertThat(rejected.fields())
            .extracting(RejectedField::field, RejectedField::problem)
            .containsExactly(tuple("approved", "NOT_BOOLEAN"), tuple("fee", "NOT_ON_FORM")));
    assertThat(instance).isWaitingAt(REVIEW);
  }

  @Test
  @DisplayName("the user task finds its form in the same deployment")
  void formResolvesFromTheDeployment() throws Exception {
    ProcessInstance instance = runtimeService().startProcessInstanceByKey(PROCESS, withVariables("opd", "dcktr"));

    FormService formService = processEngine.getFormService();
    try (InputStream form = formService.getDeployedTaskForm(task(instance).getId())) {
      assertThat(new String(form.readAllBytes())).contains("\"id\": \"PlatformSmokeTestReview\"");
    }
  }
}
