package id.alur.tasklist;

import id.alur.cases.TrackingNumber;
import id.alur.engine.EveryUserTask;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Every user task carries its case's tracking number as a task variable. Tasklist's filters show variables
 * to whoever may read the task's variables; a clerk may read the variables of their OPD's tasks, not of the
 * whole process instance (so that a case's other data stays with the OPDs that work on it). The copy on the
 * task lets the tracking number column show, and goes away when the task is completed.
 */
@Component
class TrackingNumberOnTasks extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.configure(configuration, task ->
        task.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TrackingNumberOnTasks::copy));
  }

  private static void copy(DelegateTask task) {
    Object number = task.getVariable(TrackingNumber.VARIABLE);
    if (number != null) {
      task.setVariableLocal(TrackingNumber.VARIABLE, number);
    }
  }
}
