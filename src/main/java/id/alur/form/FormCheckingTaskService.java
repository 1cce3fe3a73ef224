package id.alur.form;

import java.util.Map;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's task service, with every completion checked against the task's form: the REST API's
 * {@code /task/{id}/complete} and {@code /resolve}, the app's own APIs and Java callers all come through here.
 * Values sent with a BPMN error or an escalation ({@code /bpmnError}, {@code /bpmnEscalation}) are checked
 * too, without requiring the form's other fields.
 */
class FormCheckingTaskService extends TaskServiceImpl {

  private final FormGuard guard;

  FormCheckingTaskService(FormGuard guard) {
    this.guard = guard;
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    guard.checkTask(commandExecutor, taskId, variables);
    super.complete(taskId, variables);
  }

  @Override
  public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
      boolean deserializeValues) {
    guard.checkTask(commandExecutor, taskId, variables);
    return super.completeWithVariablesInReturn(taskId, variables, deserializeValues);
  }

  @Override
  public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
    guard.checkTaskValues(commandExecutor, taskId, variables);
    super.handleBpmnError(taskId, errorCode, errorMessage, variables);
  }

  @Override
  public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
    guard.checkTaskValues(commandExecutor, taskId, variables);
    super.handleEscalation(taskId, escalationCode, variables);
  }

  @Override
  public void resolveTask(String taskId) {
    resolveTask(taskId, null);
  }

  @Override
  public void resolveTask(String taskId, Map<String, Object> variables) {
    guard.checkTask(commandExecutor, taskId, variables);
    super.resolveTask(taskId, variables);
  }
}
