package id.alur.identity;

import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_TASK;
import static org.camunda.bpm.engine.authorization.Resources.TASK;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.TaskPermissions;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * When a task gets an OPD's staff group as candidate, the engine grants that group the task (read, work,
 * variables); this adds the same OPD's head group with the right to reassign it. So a head sees every task
 * of the OPD and can hand it to another clerk, and a head of another OPD sees nothing of it.
 */
@Component
class HeadsSeeTheirOpdTasks extends AbstractProcessEnginePlugin {

  private static final Set<String> ROLE_GROUPS = Set.of(StaffGroups.COORDINATOR, StaffGroups.DESIGNER,
      StaffGroups.AUDITOR, StaffGroups.ADMIN);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new Provider());
  }

  static boolean isOpdStaffGroup(String groupId) {
    return !ROLE_GROUPS.contains(groupId) && !groupId.endsWith(StaffGroups.headsOf(""));
  }

  static final class Provider extends DefaultAuthorizationProvider {

    @Override
    public AuthorizationEntity[] newTaskGroupIdentityLink(Task task, String groupId, String type) {
      AuthorizationEntity[] forGroup = super.newTaskGroupIdentityLink(task, groupId, type);
      if (!isOpdStaffGroup(groupId)) {
        return forGroup;
      }
      String heads = StaffGroups.headsOf(groupId);
      List<AuthorizationEntity> all = new ArrayList<>(Arrays.asList(forGroup));
      all.add(createOrUpdateAuthorization(task, null, heads, TASK, false, Permissions.READ,
          TaskPermissions.READ_VARIABLE, TaskPermissions.TASK_WORK, TaskPermissions.TASK_ASSIGN));
      if (isHistoricInstancePermissionsEnabled()) {
        all.add(createOrUpdateAuthorization(task, null, heads, HISTORIC_TASK, true, HistoricTaskPermissions.READ,
            HistoricTaskPermissions.READ_VARIABLE));
      }
      return all.toArray(AuthorizationEntity[]::new);
    }
  }
}
