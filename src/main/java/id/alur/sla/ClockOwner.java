package id.alur.sla;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;

/**
 * The process instance a clock belongs to: its events are delivered there; the case is found through the
 * root instance (a call activity's instance belongs to the caller's case), or, while the process that carries a new
 * case is still starting and not yet linked to it, through the business key (the tracking number; the call
 * activities of Alur's models pass the caller's on).
 */
public record ClockOwner(String processInstanceId, String rootProcessInstanceId, String processKey,
    Optional<String> businessKey) {

  public static ClockOwner of(DelegateExecution execution) {
    ExecutionEntity entity = (ExecutionEntity) execution;
    String root = entity.getRootProcessInstanceId() == null
        ? entity.getProcessInstanceId() : entity.getRootProcessInstanceId();
    return new ClockOwner(entity.getProcessInstanceId(), root, entity.getProcessDefinition().getKey(),
        Optional.ofNullable(entity.getProcessBusinessKey()));
  }
}
