package id.alur.form;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Checks the variables a process starts with against its start form. A process can be started many ways
 * (the REST API's {@code /start} and {@code /submit-form}, Tasklist, the runtime and form services); all of
 * them start the process instance, so the check sits on the process's start, as a built-in listener that
 * skipping custom listeners does not skip. A process called by another one gets its variables from its caller and
 * is not checked.
 */
class StartFormCheck extends AbstractBpmnParseListener {

  private final FormGuard guard;

  StartFormCheck(FormGuard guard) {
    this.guard = guard;
  }

  @Override
  public void parseStartEvent(Element startEventElement, ScopeImpl scope, ActivityImpl startEventActivity) {
    boolean hasForm = startEventElement.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef") != null;
    if (hasForm && scope instanceof ProcessDefinitionEntity process) {
      // On the process, not the start event: a start at other activities (startInstructions) or behind an
      // asynchronous start event still passes here, at once, before custom listeners set anything.
      process.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) this::check);
    }
  }

  private void check(DelegateExecution execution) {
    if (execution.getProcessInstance().getSuperExecution() != null) {
      return;
    }
    guard.checkStart(Context.getCommandContext(), execution.getProcessDefinitionId(), execution.getVariables());
  }
}
