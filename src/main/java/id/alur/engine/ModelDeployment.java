package id.alur.engine;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Deploys every file under {@code processes/} and {@code forms/} as one deployment when the application
 * starts, before it takes requests. One deployment, because a user task finds its form with
 * {@code camunda:formRefBinding="deployment"}: the form must travel with the process. The engine's
 * duplicate filter compares the files with the last deployment of the same name, so an unchanged set makes
 * no new deployment and any change makes a new one with all files. Models that break the conventions stop
 * the start with the full list of problems.
 */
@Component
public class ModelDeployment implements SmartInitializingSingleton {

  public static final String DEPLOYMENT_NAME = "alur-models";
  public static final String DEPLOYMENT_SOURCE = "alur";

  private static final Logger LOG = LoggerFactory.getLogger(ModelDeployment.class);

  private final RepositoryService repositoryService;
  private final Supplier<CheckedModels> checkedModels;

  @Autowired
  ModelDeployment(RepositoryService repositoryService) {
    this.repositoryService = repositoryService;
    this.checkedModels = CheckedModels::onClassPath;
  }

  ModelDeployment(RepositoryService repositoryService, Supplier<List<ModelResource>> modelResources,
      ModelConventions conventions) {
    this.repositoryService = repositoryService;
    this.checkedModels = () -> CheckedModels.check(modelResources.get(), conventions);
  }

  /**
   * Reads and checks the class path's models on a thread of its own, for the deployment to take when the engine is
   * ready; called before Spring starts, since none of it needs Spring, the engine or the database.
   */
  public static void readModelsAhead() {
    CheckedModels.readAhead();
  }

  @Override
  public void afterSingletonsInstantiated() {
    deploy();
  }

  /** Deploys the models if they changed; answers the new deployment, or empty when nothing changed. */
  public Optional<DeploymentWithDefinitions> deploy() {
    CheckedModels checked = checkedModels.get();
    List<ModelResource> models = checked.models();
    if (models.isEmpty()) {
      LOG.info("No models under processes/ or forms/: nothing to deploy");
      return Optional.empty();
    }
    if (!checked.violations().isEmpty()) {
      throw new InvalidModelsException(checked.violations());
    }
    DeploymentBuilder builder = repositoryService.createDeployment()
        .name(DEPLOYMENT_NAME)
        .source(DEPLOYMENT_SOURCE)
        .enableDuplicateFiltering(false);
    models.forEach(model -> builder.addInputStream(model.name(), new ByteArrayInputStream(model.content())));
    Optional<String> previous = latestDeploymentId();
    DeploymentWithDefinitions deployment = builder.deployWithResult();
    if (previous.filter(deployment.getId()::equals).isPresent()) {
      LOG.info("Models unchanged since deployment {}: nothing deployed", deployment.getId());
      return Optional.empty();
    }
    LOG.info("Deployed {} model files as deployment {}", models.size(), deployment.getId());
    return Optional.of(deployment);
  }

  private Optional<String> latestDeploymentId() {
    return repositoryService.createDeploymentQuery().deploymentName(DEPLOYMENT_NAME)
        .orderByDeploymentTime().desc().listPage(0, 1).stream()
        .map(Deployment::getId)
        .findFirst();
  }
}
