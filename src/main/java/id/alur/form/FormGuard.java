package id.alur.form;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.interceptor.Command;
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
   * Runs {@code write} (the engine's command that completes or submits the task) when {@code variables} pass the
   * task's form, in the same engine transaction as the check, so that the task and its values are read once; throws
   * {@link FormSubmissionRejected} otherwise, with nothing written. The refusal is thrown after the command has ended:
   * the engine logs an exception that ends a command as an error, and a clerk's typing mistake is not one.
   */
  <T> T checkTask(CommandExecutor executor, String taskId, Map<String, ?> variables, Command<T> write) {
    return checked(executor, taskId, variables, true, write);
  }

  /** The values a task sends with a BPMN error or an escalation: checked as far as they go, none required. */
  <T> T checkTaskValues(CommandExecutor executor, String taskId, Map<String, ?> variables, Command<T> write) {
    if (variables == null || variables.isEmpty()) {
      return executor.execute(write);
    }
    return checked(executor, taskId, variables, false, write);
  }

  private <T> T checked(CommandExecutor executor, String taskId, Map<String, ?> variables, boolean whole,
      Command<T> write) {
    Checked<T> result = executor.execute(context -> {
      TaskEntity task = context.getTaskManager().findTaskById(taskId);
      if (task == null) {
        // The engine's command answers a missing task as it always does.
        return new Checked<>(write.execute(context), null);
      }
      // Who may not work on the task learns nothing about its form: the engine's own check comes first.
      context.getProcessEngineConfiguration().getCommandCheckers().forEach(checker -> checker.checkTaskWork(task));
      Optional<FormSubmissionRejected> rejected = rejection(context, task, variables, whole);
      return rejected.isPresent() ? new Checked<T>(null, rejected.get())
          : new Checked<>(writeChecked(context, write), null);
    });
    if (result.rejected() != null) {
      refuse(result.rejected());
    }
    return result.value();
  }

  private Optional<FormSubmissionRejected> rejection(CommandContext context, TaskEntity task, Map<String, ?> variables,
      boolean whole) {
    return forms.ofTask(context, task.getId())
        .flatMap(form -> rejection(form, variables, SubmittedValues.plain(task.getVariablesTyped(false)), whole));
  }

  /**
   * Runs a write whose only authorization check is the one just made ({@code checkTaskWork} on the same task, in the
   * same transaction: every command given to {@link #checkTask} and {@link #checkTaskValues} checks that and nothing
   * else) without making it again: each check is a query of the authorization table. Listeners and delegates the
   * write runs are unchecked anyway: the engine runs custom code without authorization checks, as long as
   * {@code authorizationEnabledForCustomCode} stays off (Alur does not turn it on; whoever does must revisit this).
   */
  private static <T> T writeChecked(CommandContext context, Command<T> write) {
    boolean checking = context.isAuthorizationCheckEnabled();
    context.disableAuthorizationCheck();
    try {
      return write.execute(context);
    } finally {
      if (checking) {
        context.enableAuthorizationCheck();
      }
    }
  }

  /** A write's result, or why the submission was refused before anything was written. */
  private record Checked<T>(T value, FormSubmissionRejected rejected) {
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
