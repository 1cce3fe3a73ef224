package id.alur.form;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.interceptor.CommandExecutor;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Checks a submission against the deployed form of its task or start event before anything is written: a
 * refused submission throws {@link FormSubmissionRejected} before any variable is set, so the task stays
 * open and nothing is written.
 */
class FormGuard {

  /** Where an HTTP request keeps the refusal, for {@link FormRejectionBodies}. */
  static final String REQUEST_ATTRIBUTE = FormSubmissionRejected.class.getName();

  private final DeployedForms forms = new DeployedForms();
  private final SubmissionCheck check = new SubmissionCheck(new HideConditions());
  private final FormMessages messages;
  private final Set<String> systemVariables;
  private final ZoneId zone;

  FormGuard(FormMessages messages, Set<String> systemVariables, ZoneId zone) {
    this.messages = messages;
    this.systemVariables = Set.copyOf(systemVariables);
    this.zone = zone;
  }

  /**
   * Throws {@link FormSubmissionRejected} when {@code variables} do not pass the task's form. The check runs as
   * a read-only command of its own, before the command that writes, and the refusal is thrown after it: the
   * engine logs an exception that ends a command as an error, and a clerk's typing mistake is not one.
   */
  void checkTask(CommandExecutor executor, String taskId, Map<String, ?> variables) {
    checkTask(executor, taskId, variables, true);
  }

  /** The values a task sends with a BPMN error or an escalation: checked as far as they go, none required. */
  void checkTaskValues(CommandExecutor executor, String taskId, Map<String, ?> variables) {
    if (variables != null && !variables.isEmpty()) {
      checkTask(executor, taskId, variables, false);
    }
  }

  private void checkTask(CommandExecutor executor, String taskId, Map<String, ?> variables, boolean whole) {
    Optional<FormSubmissionRejected> rejected = executor.execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        return Optional.empty();
      }
      // Who may not work on the task learns nothing about its form: the engine's own check comes first.
      context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
      return forms.ofTask(context, taskId)
          .flatMap(form -> rejection(form, variables, SubmittedValues.plain(task.getVariablesTyped(false)), whole));
    });
    rejected.ifPresent(FormGuard::refuse);
  }

  Optional<FormSchema> formOfTask(CommandContext context, String taskId) {
    return forms.ofTask(context, taskId);
  }

  /** Checks the variables a process starts with against its start form, if it has one. */
  void checkStart(CommandContext context, String processDefinitionId, Map<String, ?> variables) {
    forms.ofStart(context, processDefinitionId).flatMap(form -> rejection(form, variables, Map.of(), true))
        .ifPresent(FormGuard::refuse);
  }

  private Optional<FormSubmissionRejected> rejection(FormSchema form, Map<String, ?> variables,
      Map<String, Object> current, boolean whole) {
    Map<String, Object> submitted = SubmittedValues.plain(variables == null ? Map.of() : variables);
    LocalDate today = ClockUtil.getCurrentTime().toInstant().atZone(zone).toLocalDate();
    List<FieldProblem> problems = check.check(form, submitted, current, systemVariables, today, zone, whole);
    return problems.isEmpty() ? Optional.empty()
        : Optional.of(new FormSubmissionRejected(form.id(), messages.describe(form, problems), messages));
  }

  private static void refuse(FormSubmissionRejected rejected) {
    RequestAttributes request = RequestContextHolder.getRequestAttributes();
    if (request != null) {
      request.setAttribute(REQUEST_ATTRIBUTE, rejected, RequestAttributes.SCOPE_REQUEST);
    }
    throw rejected;
  }
}
