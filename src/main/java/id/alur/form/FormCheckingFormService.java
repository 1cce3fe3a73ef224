package id.alur.form;

import java.util.Map;
import org.camunda.bpm.engine.impl.FormServiceImpl;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.variable.VariableMap;

/**
 * The engine's form service, with task form submissions ({@code /task/{id}/submit-form}, Tasklist) checked
 * against the task's form. Start forms are checked when the process starts ({@link StartFormCheck}),
 * whichever service starts it.
 */
class FormCheckingFormService extends FormServiceImpl {

  private final FormGuard guard;

  FormCheckingFormService(FormGuard guard) {
    this.guard = guard;
  }

  @Override
  public void submitTaskForm(String taskId, Map<String, Object> properties) {
    guard.checkTask(commandExecutor, taskId, properties, new SubmitTaskFormCmd(taskId, properties, false, false));
  }

  @Override
  public VariableMap submitTaskFormWithVariablesInReturn(String taskId, Map<String, Object> properties,
      boolean deserializeValues) {
    return guard.checkTask(commandExecutor, taskId, properties,
        new SubmitTaskFormCmd(taskId, properties, true, deserializeValues));
  }
}
