package id.alur.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.alur.ProcessTestEngine;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the engine's history keeps of a case under Alur's history level: every step, task and variable's last value,
 * and the jobs that failed; not the log of every value a variable had, nor of the deadline timers that came and went.
 */
class AlurHistoryLevelTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

  private static final BpmnModelInstance MODEL = Bpmn.createExecutableProcess("HistoryLevelTest")
      .camundaHistoryTimeToLive(30)
      .startEvent()
      .userTask("UserTask_Review").camundaCandidateGroups("dcktr")
      .boundaryEvent("Timer_ReviewLate").timerWithDuration("P5D").endEvent("End_Late")
      .moveToActivity("UserTask_Review")
      .serviceTask("Task_Notify").camundaAsyncBefore().camundaExpression("${noSuchBean.notify()}")
      .endEvent()
      .done();

  ProcessEngine processEngine;
  String deployment;

  @BeforeEach
  void deploy() {
    deployment = processEngine.getRepositoryService().createDeployment()
        .addModelInstance("HistoryLevelTest.bpmn", MODEL).deploy().getId();
  }

  @AfterEach
  void undeploy() {
    processEngine.getRepositoryService().deleteDeployment(deployment, true);
  }

  @Test
  @DisplayName("a case's steps, task and variables' last values are kept; the log of every value a variable had is not")
  void keepsStepsAndLastValues() {
    ProcessInstance instance = processEngine.getRuntimeService()
        .startProcessInstanceByKey("HistoryLevelTest", Map.of("note", "pertama"));
    processEngine.getRuntimeService().setVariable(instance.getId(), "note", "kedua");
    Task review = processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    processEngine.getTaskService().complete(review.getId(), Map.of("approved", true));

    HistoryService history = processEngine.getHistoryService();
    assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).finished()
        .taskDefinitionKey("UserTask_Review").count()).isEqualTo(1);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(instance.getId()).list())
        .extracting(step -> step.getActivityId()).contains("UserTask_Review");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("note").singleResult().getValue()).isEqualTo("kedua");
    assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
        .variableName("approved").singleResult().getValue()).isEqualTo(true);
    assertThat(history.createHistoricIdentityLinkLogQuery().taskId(review.getId()).groupId("dcktr").count())
        .isEqualTo(1);
    assertThat(history.createHistoricDetailQuery().processInstanceId(instance.getId()).count())
        .as("no log of each value (the audit trail keeps the form values, masked)").isZero();
  }

  @Test
  @DisplayName("a job that fails is logged with its error; timers that came and went and jobs created are not")
  void logsFailedJobsOnly() {
    ProcessInstance instance = processEngine.getRuntimeService().startProcessInstanceByKey("HistoryLevelTest");
    Task review = processEngine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
    processEngine.getTaskService().complete(review.getId());
    Job notify = processEngine.getManagementService().createJobQuery().processInstanceId(instance.getId())
        .singleResult();

    assertThatThrownBy(() -> processEngine.getManagementService().executeJob(notify.getId()))
        .hasMessageContaining("noSuchBean");

    HistoryService history = processEngine.getHistoryService();
    assertThat(history.createHistoricJobLogQuery().processInstanceId(instance.getId()).list())
        .extracting(HistoricJobLog::getJobDefinitionType, HistoricJobLog::isFailureLog)
        .containsExactly(tuple("async-continuation", true));
    assertThat(history.createHistoricJobLogQuery().failureLog().jobId(notify.getId()).singleResult()
        .getJobExceptionMessage()).contains("noSuchBean");
    assertThat(history.createHistoricIncidentQuery().processInstanceId(instance.getId()).count()).isZero();
  }
}
