package id.alur.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.List;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.springframework.beans.factory.annotation.Value;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keeps the engine's groups and their standing permissions in line with the OPD directory: a staff group and
 * a head group per OPD, plus the coordinator, designer, auditor and admin groups. Runs at every start and
 * only adds what is missing, so it is safe on a database that already has them.
 *
 * <p>Task permissions are not granted here: the engine grants a candidate group READ, TASK_WORK and
 * READ_VARIABLE on each task it is a candidate for, which is what keeps one OPD out of another's tasks.
 */
@Component
public class EngineGroups {

  private static final Logger LOG = LoggerFactory.getLogger(EngineGroups.class);

  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final OpdDirectory opdDirectory;

  private final List<String> coordinatorProcesses;

  EngineGroups(IdentityService identityService, AuthorizationService authorizationService,
      OpdDirectory opdDirectory,
      @Value("${alur.security.coordinator-processes:}") List<String> coordinatorProcesses) {
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.opdDirectory = opdDirectory;
    this.coordinatorProcesses = coordinatorProcesses.stream().filter(key -> !key.isBlank()).toList();
  }

  public void synchronize() {
    List<Opd> opds = opdDirectory.all();
    for (Opd opd : opds) {
      String staff = StaffGroups.staffOf(opd.code());
      String heads = StaffGroups.headsOf(opd.code());
      ensureGroup(staff, opd.name(), StaffGroups.TYPE_OPD);
      ensureGroup(heads, "Kepala " + opd.name(), StaffGroups.TYPE_HEAD);
      grantTasklist(staff);
      grantTasklist(heads);
    }
    ensureGroup(StaffGroups.COORDINATOR, "Koordinator Pengaduan", StaffGroups.TYPE_ROLE);
    grantTasklist(StaffGroups.COORDINATOR);
    // The coordinator follows every complaint, whichever OPD holds it: tasks, instances, history, variables.
    for (String processKey : coordinatorProcesses) {
      grant(StaffGroups.COORDINATOR, Resources.PROCESS_DEFINITION, processKey, Permissions.READ,
          ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_INSTANCE,
          ProcessDefinitionPermissions.READ_HISTORY, ProcessDefinitionPermissions.READ_TASK_VARIABLE,
          ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE, ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
    }

    ensureGroup(StaffGroups.AUDITOR, "Auditor Inspektorat", StaffGroups.TYPE_ROLE);
    grant(StaffGroups.AUDITOR, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(StaffGroups.AUDITOR, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY,
        ProcessDefinitionPermissions.READ_HISTORY_VARIABLE);
    grant(StaffGroups.AUDITOR, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grant(StaffGroups.AUDITOR, Resources.DEPLOYMENT, ANY, Permissions.READ);

    ensureGroup(StaffGroups.DESIGNER, "Perancang Proses", StaffGroups.TYPE_ROLE);
    grant(StaffGroups.DESIGNER, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(StaffGroups.DESIGNER, Resources.DEPLOYMENT, ANY, Permissions.CREATE, Permissions.READ);
    grant(StaffGroups.DESIGNER, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    grant(StaffGroups.DESIGNER, Resources.DECISION_DEFINITION, ANY, Permissions.READ);

    ensureGroup(StaffGroups.ADMIN, "Administrator", StaffGroups.TYPE_ROLE);
    for (Resources resource : Resources.values()) {
      grant(StaffGroups.ADMIN, resource, ANY, Permissions.ALL);
    }
    LOG.info("Engine groups in line with {} OPDs", opds.size());
  }

  /** Group rows only name the groups in the Admin webapp; with Keycloak, Keycloak holds them instead. */
  private void ensureGroup(String id, String name, String type) {
    if (identityService.isReadOnly() || identityService.createGroupQuery().groupId(id).count() > 0) {
      return;
    }
    Group group = identityService.newGroup(id);
    group.setName(name);
    group.setType(type);
    identityService.saveGroup(group);
  }

  /** Staff open Tasklist and see the definitions their tasks come from (names, diagrams, forms). */
  private void grantTasklist(String groupId) {
    grant(groupId, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(groupId, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
  }

  private void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT)
        .groupIdIn(groupId)
        .resourceType(resource)
        .resourceId(resourceId)
        .singleResult();
    if (authorization == null) {
      authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
      authorization.setGroupId(groupId);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean changed = authorization.getId() == null;
    for (Permission permission : permissions) {
      if (!authorization.isPermissionGranted(permission)) {
        authorization.addPermission(permission);
        changed = true;
      }
    }
    if (changed) {
      authorizationService.saveAuthorization(authorization);
    }
  }
}
