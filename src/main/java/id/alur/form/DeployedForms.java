package id.alur.form;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.FormData;
import org.camunda.bpm.engine.impl.cmd.GetCamundaFormDefinitionCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeploymentResourceCmd;
import org.camunda.bpm.engine.impl.cmd.GetStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetTaskFormCmd;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.repository.CamundaFormDefinition;

/**
 * The form a task or a start event shows, read from the deployment that holds it: what Tasklist renders is
 * what the server checks, also for models a designer deployed later. Deployed files never change, so each is
 * parsed once.
 */
class DeployedForms {

  private final Map<String, FormSchema> parsed = new ConcurrentHashMap<>();

  Optional<FormSchema> ofTask(CommandContext context, String taskId) {
    return of(context, context.runWithoutAuthorization(new GetTaskFormCmd(taskId)));
  }

  Optional<FormSchema> ofStart(CommandContext context, String processDefinitionId) {
    return of(context, context.runWithoutAuthorization(new GetStartFormCmd(processDefinitionId)));
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
