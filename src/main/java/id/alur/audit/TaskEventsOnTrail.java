package id.alur.audit;

import id.alur.cases.TrackingNumber;
import id.alur.engine.EveryUserTask;
import id.alur.form.FormField;
import id.alur.form.FormValidationPlugin;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Every user task's life on the trail, in the engine transaction that changes it: created (with its owner
 * group and due date), assigned or claimed, and completed with the values of its form's fields, personal data
 * masked. Built-in listeners, which skipping custom listeners does not skip.
 */
@Component
class TaskEventsOnTrail extends AbstractProcessEnginePlugin {

  private final AuditTrail trail;
  private final FormValidationPlugin forms;

  TaskEventsOnTrail(@Lazy AuditTrail trail, FormValidationPlugin forms) {
    this.trail = trail;
    this.forms = forms;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    EveryUserTask.configure(configuration, definition -> {
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, task -> record(task, "TASK_CREATED",
          // An instant (ISO-8601, UTC), not the server's Date.toString(): the trail must read the same anywhere.
          Map.of("due", task.getDueDate() == null ? "" : task.getDueDate().toInstant().toString())));
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, task -> record(task, "TASK_ASSIGNED",
          Map.of("assignee", String.valueOf(task.getAssignee()))));
      definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, task -> record(task, "TASK_COMPLETED",
          Map.of("values", formValues(task))));
    });
  }

  private void record(DelegateTask task, String action, Map<String, Object> extra) {
    Map<String, Object> details = new LinkedHashMap<>(extra);
    details.put("task", task.getTaskDefinitionKey());
    details.put("name", task.getName());
    details.put("process", task.getProcessDefinitionId().split(":")[0]);
    details.put("taskId", task.getId());
    Object number = task.getVariable(TrackingNumber.VARIABLE);
    trail.record(new AuditEvent(actor(), owner(task), number == null ? null : number.toString(), action, details));
  }

  private Map<String, Object> formValues(DelegateTask task) {
    Map<String, Object> values = new LinkedHashMap<>();
    forms.formOfTask(Context.getCommandContext(), task.getId()).ifPresent(form -> {
      for (FormField field : form.fields()) {
        if (!field.readOnly() && task.hasVariable(field.key())) {
          values.put(field.key(), PersonalData.mask(field.key(), plain(task.getVariable(field.key()))));
        }
      }
    });
    return values;
  }

  /** Texts, numbers and yes/no as they are; anything else (a date, a JSON list) as its text. */
  private static Object plain(Object value) {
    return value == null || value instanceof String || value instanceof Number || value instanceof Boolean
        ? value : value.toString();
  }

  private static String actor() {
    Authentication authentication = Context.getProcessEngineConfiguration().getIdentityService()
        .getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? "system" : authentication.getUserId();
  }

  /** The task's owner group: its first candidate group. */
  private static String owner(DelegateTask task) {
    return task.getCandidates().stream().filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId).filter(group -> group != null).findFirst().orElse(null);
  }
}
