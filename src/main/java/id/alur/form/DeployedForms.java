package id.alur.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * The form a task or a start event shows, read from the deployment that holds it: what Tasklist renders is
 * what the server checks, also for models a designer deployed later. Deployed files never change, so each is
 * parsed once, and a definition's fixed form is looked up once.
 */
class DeployedForms {

  private final Map<String, FormSchema> parsed = new ConcurrentHashMap<>();
  /** The form of a task definition or start event whose form cannot change (see {@link #fixed}), by definition. */
  private final Map<String, Optional<FormSchema>> ofDefinition = new ConcurrentHashMap<>();

  Optional<FormSchema> ofTask(CommandContext context, String taskId) {
    TaskEntity task = context.getTaskManager().findTaskById(taskId);
    TaskDefinition definition = task == null ? null : task.getTaskDefinition();
    String key = definition == null || !fixed(definition.getFormDefinition()) ? null
        : task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey();
    return remembered(key, () -> of(context, context.runWithoutAuthorization(new GetTaskFormCmd(taskId))));
  }

  Optional<FormSchema> ofStart(CommandContext context, String processDefinitionId) {
    ProcessDefinitionEntity definition = context.getProcessEngineConfiguration().getDeploymentCache()
        .findDeployedProcessDefinitionById(processDefinitionId);
    String key = definition == null || !fixed(definition.getStartFormDefinition()) ? null : processDefinitionId;
    return remembered(key,
        () -> of(context, context.runWithoutAuthorization(new GetStartFormCmd(processDefinitionId))));
  }

  /**
   * A form that is the same for every task of its definition: none, or a Camunda form named by a fixed key and bound
   * to the definition's own deployment (Alur's convention). One bound to the latest version, or named by an
   * expression, is looked up each time.
   */
  private static boolean fixed(FormDefinition form) {
    if (form == null || form.getCamundaFormDefinitionKey() == null) {
      return true;
    }
    return form.getCamundaFormDefinitionKey().isLiteralText()
        && "deployment".equals(form.getCamundaFormDefinitionBinding());
  }

  private Optional<FormSchema> remembered(String key, Supplier<Optional<FormSchema>> lookup) {
    if (key == null) {
      return lookup.get();
    }
    Optional<FormSchema> known = ofDefinition.get(key);
    if (known == null) {
      known = lookup.get();
      ofDefinition.putIfAbsent(key, known);
    }
    return known;
  }

  private Optional<FormSchema> of(CommandContext context, FormData formData) {
    CamundaFormRef reference = formData == null ? null : formData.getCamundaFormRef();
    if (reference == null || reference.getKey() == null) {
      return Optional.empty();
    }
    CamundaFormDefinition definition = context.runWithoutAuthorization(
        new GetCamundaFormDefinitionCmd(reference, formData.getDeploymentId()));
    if (definition == null) {
      return Optional.empty();
    }
    String deploymentId = definition.getDeploymentId();
    String resourceName = definition.getResourceName();
    String key = deploymentId + "/" + resourceName;
    FormSchema known = parsed.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    try (InputStream in = context.runWithoutAuthorization(new GetDeploymentResourceCmd(deploymentId, resourceName))) {
      FormSchema schema = FormSchemaReader.read(resourceName, in.readAllBytes());
      FormSchema raced = parsed.putIfAbsent(key, schema);
      return Optional.of(raced == null ? schema : raced);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
