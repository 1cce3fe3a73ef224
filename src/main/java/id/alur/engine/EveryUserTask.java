package id.alur.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * For engine plugins that act on every user task of every model (built-in task listeners, which models
 * cannot switch off): hands each parsed user task's definition to {@code configure}.
 */
public final class EveryUserTask {

  private EveryUserTask() {
  }

  public static void configure(ProcessEngineConfigurationImpl configuration, Consumer<TaskDefinition> configure) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        configure.accept(((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition());
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
