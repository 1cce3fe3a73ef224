package id.alur.tasklist;

import id.alur.cases.TrackingNumber;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
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
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
            .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TrackingNumberOnTasks::copy);
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }

  private static void copy(DelegateTask task) {
    Object number = task.getVariable(TrackingNumber.VARIABLE);
    if (number != null) {
      task.setVariableLocal(TrackingNumber.VARIABLE, number);
    }
  }
}
