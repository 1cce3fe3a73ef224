package id.alur.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Runs before the engine's own deployers on every new deployment, whoever sends it (the app's models at
 * start, a designer through {@code /engine-rest/deployment/create}, Cockpit): the model conventions and the
 * safety rules of {@link ModelSafety}. Any problem refuses the whole deployment with a
 * {@link ModelCheckFailedException}, which the REST API answers with 400 and every problem listed.
 * Deployments read back from the database after a restart are not new and are not checked again.
 */
class DeploymentCheck implements Deployer {

  /** Diagrams may travel with the models; anything else (scripts, jars, templates) has no place here. */
  private static final Set<String> ACCEPTED_SUFFIXES = Set.of(".bpmn", ".dmn", ".form", ".png", ".svg");

  private final ModelConventions conventions = new ModelConventions();
  private final ModelSafety safety;

  DeploymentCheck(Set<String> allowedBeans) {
    this.safety = new ModelSafety(allowedBeans);
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    List<ModelResource> models = new ArrayList<>();
    List<ModelViolation> violations = new ArrayList<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      ModelResource model = new ModelResource(resource.getName(), resource.getBytes());
      String name = resource.getName().toLowerCase(Locale.ROOT);
      if (ACCEPTED_SUFFIXES.stream().noneMatch(name::endsWith)) {
        violations.add(ModelViolation.ofFile(model, "only .bpmn, .dmn and .form files (and diagrams) can be"
            + " deployed"));
      }
      models.add(model);
    }
    violations.addAll(safety.check(models));
    if (violations.isEmpty()) {
      violations.addAll(conventions.check(models));
    }
    if (!violations.isEmpty()) {
      throw new ModelCheckFailedException(violations);
    }
  }
}
