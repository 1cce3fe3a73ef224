package id.alur.form;

import java.util.Map;
import org.camunda.bpm.engine.impl.TaskServiceImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ResolveTaskCmd;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's task service, with every completion checked against the task's form: the REST API's
 * {@code /task/{id}/complete} and {@code /resolve}, the app's own APIs and Java callers all come through here.
 */
class FormCheckingTaskService extends TaskServiceImpl {

  private final FormGuard guard;

  FormCheckingTaskService(FormGuard guard) {
    this.guard = guard;
  }

  @Override
  public void complete(String taskId, Map<String, Object> variables) {
    commandExecutor.execute(guard.checkedTask(taskId, variables,
        new CompleteTaskCmd(taskId, variables, false, false)));
  }

  @Override
  public VariableMap completeWithVariablesInReturn(String taskId, Map<String, Object> variables,
      boolean deserializeValues) {
    return commandExecutor.execute(guard.checkedTask(taskId, variables,
        new CompleteTaskCmd(taskId, variables, true, deserializeValues)));
  }

  @Override
  public void resolveTask(String taskId) {
    resolveTask(taskId, null);
  }

  @Override
  public void resolveTask(String taskId, Map<String, Object> variables) {
    commandExecutor.execute(guard.checkedTask(taskId, variables, new ResolveTaskCmd(taskId, variables)));
  }
}
