package id.alur.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Every new deployment on the trail, in the deployment's transaction: who deployed (a designer through the
 * REST API or Modeler, or {@code system} at start), its name and source, and the files it holds.
 */
@Component
class DeploymentsOnTrail extends AbstractProcessEnginePlugin {

  private final AuditTrail trail;

  DeploymentsOnTrail(@Lazy AuditTrail trail) {
    this.trail = trail;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<Deployer> deployers = configuration.getCustomPostDeployers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostDeployers());
    deployers.add(this::record);
    configuration.setCustomPostDeployers(deployers);
  }

  private void record(DeploymentEntity deployment) {
    if (!deployment.isNew()) {
      return;
    }
    Authentication authentication = Context.getProcessEngineConfiguration().getIdentityService()
        .getCurrentAuthentication();
    String actor = authentication == null || authentication.getUserId() == null ? "system" : authentication.getUserId();
    List<String> files = deployment.getResources() == null ? List.of()
        : List.copyOf(new TreeSet<>(deployment.getResources().keySet()));
    trail.record(new AuditEvent(actor, null, null, "DEPLOYMENT", Map.of("deploymentId", deployment.getId(),
        "name", String.valueOf(deployment.getName()), "source", String.valueOf(deployment.getSource()),
        "files", files)));
  }
}
