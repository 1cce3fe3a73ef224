package id.alur.form;

import java.util.Map;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's task service, with every completion checked against the task's form: the REST API's
 * {@code /task/{id}/complete} and {@code /resolve}, the app's own APIs and Java callers all come through here.
 * Values sent with a BPMN error or an escalation ({@code /bpmnError}, {@code /bpmnEscalation}) are checked
 * too, without requiring the form's other fields. Each check and its write are one engine transaction (the engine's
 * own commands, run after the check).
 */
class FormCheckingTaskService extends TaskServiceImpl {

  private final FormGuard guard;

  FormCheckingTaskService(FormGuard guard) {
    this.guard = guard;
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    guard.checkTask(commandExecutor, taskId, variables, new CompleteTaskCmd(taskId, variables, false, false));
  }

  @Override
  public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
      boolean deserializeValues) {
    return guard.checkTask(commandExecutor, taskId, variables,
        new CompleteTaskCmd(taskId, variables, true, deserializeValues));
  }

  @Override
  public void handleBpmnError(String taskId, String errorCode, String errorMessage, Map<String, Object> variables) {
    guard.checkTaskValues(commandExecutor, taskId, variables,
        new HandleTaskBpmnErrorCmd(taskId, errorCode, errorMessage, variables));
  }

  @Override
  public void handleEscalation(String taskId, String escalationCode, Map<String, Object> variables) {
    guard.checkTaskValues(commandExecutor, taskId, variables,
        new HandleTaskEscalationCmd(taskId, escalationCode, variables));
  }

  @Override
  public void resolveTask(String taskId) {
    resolveTask(taskId, null);
  }

  @Override
  public void resolveTask(String taskId, Map<String, Object> variables) {
    guard.checkTask(commandExecutor, taskId, variables, new ResolveTaskCmd(taskId, variables));
  }
}
