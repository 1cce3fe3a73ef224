package id.alur.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import id.alur.ProcessTestEngine;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ModelDeploymentTest {

  @RegisterExtension
  static final ProcessEngineExtension ENGINE = ProcessTestEngine.extension();

  ProcessEngine processEngine;
  RepositoryService repositoryService;

  @BeforeEach
  void services() {
    repositoryService = processEngine.getRepositoryService();
  }

  private final List<ModelResource> models = new ArrayList<>(ModelResources.onClassPath().load());

  @AfterEach
  void removeDeployments() {
    repositoryService.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).list()
        .forEach(deployment -> repositoryService.deleteDeployment(deployment.getId(), true));
  }

  private ModelDeployment deployment() {
    return new ModelDeployment(repositoryService, () -> List.copyOf(models), new ModelConventions());
  }

  private List<Deployment> deployments() {
    return repositoryService.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).list();
  }

  @Test
  @DisplayName("all models and forms go out in one deployment, and an unchanged set is not deployed again")
  void deploysOnceWhileUnchanged() {
    assertThat(deployment().deploy()).isPresent();
    assertThat(deployment().deploy()).isEmpty();

    assertThat(deployments()).hasSize(1);
    assertThat(repositoryService.getDeploymentResourceNames(deployments().get(0).getId()))
        .containsExactlyInAnyOrderElementsOf(models.stream().map(ModelResource::name).toList());
  }

  @Test
  @DisplayName("a changed file deploys the whole set again, so forms travel with their process")
  void redeploysWhenAFileChanges() {
    deployment().deploy();
    ModelResource form = models.stream().filter(model -> model.name().endsWith("/PlatformSmokeTestReview.form"))
        .findFirst().orElseThrow();
    models.set(models.indexOf(form), new ModelResource(form.name(),
        form.text().replace("\"Disetujui\"", "\"Disetujui kepala\"").getBytes(StandardCharsets.UTF_8)));

    assertThat(deployment().deploy()).isPresent();

    assertThat(deployments()).hasSize(2);
    assertThat(repositoryService.createProcessDefinitionQuery().processDefinitionKey("PlatformSmokeTest")
        .latestVersion().singleResult().getVersion()).isEqualTo(2);
  }

  @Test
  @DisplayName("models that break the conventions are refused with every problem listed, and nothing is deployed")
  void refusesModelsThatBreakTheConventions() {
    models.add(ModelConventionsTest.bpmn("Broken", ModelConventionsTest.process("Broken",
        ModelConventionsTest.userTask("UserTask_Broken", null, null, null))));

    assertThatThrownBy(() -> deployment().deploy())
        .isInstanceOf(InvalidModelsException.class)
        .hasMessageContaining("[UserTask_Broken]: user task has no candidate group")
        .hasMessageContaining("[UserTask_Broken]: user task has no due date")
        .hasMessageContaining("[UserTask_Broken]: user task has no form");
    assertThat(deployments()).isEmpty();
  }

  @Test
  @DisplayName("a malformed form stops the start with the file name and the problem, and nothing is deployed")
  void refusesAMalformedForm() {
    models.add(new ModelResource("forms/broken/BrokenForm.form",
        "{\"id\": \"BrokenForm\", \"components\": [{\"id\": \"Field_Size\", \"type\": \"number\"}]}"
            .getBytes(StandardCharsets.UTF_8)));

    assertThatThrownBy(() -> deployment().deploy())
        .isInstanceOf(InvalidModelsException.class)
        .hasMessageContaining("forms/broken/BrokenForm.form: Field_Size: key '' must be a variable name");
    assertThat(deployments()).isEmpty();
  }
}
