package id.alur.sla;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * The process instance a clock belongs to: its events are delivered there; the case is found through the
 * root instance (a call activity's instance belongs to the caller's case).
 */
public record ClockOwner(String processInstanceId, String rootProcessInstanceId, String processKey) {

  public static ClockOwner of(DelegateExecution execution) {
    ExecutionEntity entity = (ExecutionEntity) execution;
    String root = entity.getRootProcessInstanceId() == null
        ? entity.getProcessInstanceId() : entity.getRootProcessInstanceId();
    return new ClockOwner(entity.getProcessInstanceId(), root, entity.getProcessDefinition().getKey());
  }
}
