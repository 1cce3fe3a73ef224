package id.alur.form;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * Puts the form checks into the engine itself, so that no way of completing a task or starting a process
 * goes around them: the task and form services check every completion, a parse listener every start.
 */
@Component
public class FormValidationPlugin extends AbstractProcessEnginePlugin {

  private final FormGuard guard;

  FormValidationPlugin(FormMessages messages,
      @Value("${alur.form.system-variables:}") List<String> systemVariables,
      @Value("${alur.sla.zone:Asia/Jakarta}") ZoneId zone) {
    Set<String> system = new LinkedHashSet<>(systemVariables);
    system.remove("");
    this.guard = new FormGuard(messages, system, zone);
  }

  /**
   * The same checks for an engine built without Spring (the in-memory engine of the process tests), so that
   * a process test completes its tasks the way Tasklist would have to.
   */
  public static FormValidationPlugin standalone() {
    ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
    bundles.setBasename("i18n/messages");
    bundles.setDefaultEncoding("UTF-8");
    bundles.setFallbackToSystemLocale(false);
    return new FormValidationPlugin(new FormMessages(bundles), List.of("trackingNumber"), ZoneId.of("Asia/Jakarta"));
  }

  /** The form a task shows, read from its deployment (inside an engine command); for the audit trail. */
  public Optional<FormSchema> formOfTask(CommandContext context, String taskId) {
    return guard.formOfTask(context, taskId);
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTaskService(new FormCheckingTaskService(guard));
    configuration.setFormService(new FormCheckingFormService(guard));
    List<BpmnParseListener> listeners = configuration.getCustomPreBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreBPMNParseListeners());
    listeners.add(new StartFormCheck(guard));
    configuration.setCustomPreBPMNParseListeners(listeners);
  }
}
