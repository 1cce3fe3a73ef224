package id.alur.engine;

import java.util.Set;
import org.camunda.bpm.engine.impl.history.AbstractHistoryLevel;
import org.camunda.bpm.engine.impl.history.event.HistoryEventType;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;

/**
 * The engine history Alur keeps (history level {@value #NAME}): all of Camunda's level {@code full} except two logs
 * that grow with every step of every case and that the audit trail already keeps better.
 * <ul>
 *   <li>The log of every value a variable ever had ({@code ACT_HI_DETAIL}): the audit trail records each completed
 *   task with the values its form sent, personal data masked; this log kept them unmasked (UU 27/2022), and
 *   {@code ACT_HI_VARINST} still keeps each variable's last value.</li>
 *   <li>The log of jobs that were created, deleted or ran fine ({@code ACT_HI_JOB_LOG}), two rows for each deadline
 *   timer of each task: the timers that fired are in the case's activity history, and a job that fails is still
 *   logged with its error, beside its incident.</li>
 * </ul>
 * Everything else stays: cases, steps, tasks, variables, candidate groups and assignees, decisions, incidents and
 * the operations staff made in Cockpit (bench/README.md, "What was tuned": the two logs were about a tenth of the
 * rows a task completion wrote, and both rows of each deadline timer that came and went).
 */
public final class AlurHistoryLevel extends AbstractHistoryLevel {

  public static final String NAME = "alur";

  /** Above Camunda's own levels (0 to 3): the engine's checks of "more history than none" hold for it too. */
  static final int ID = 30;

  private static final Set<HistoryEventType> NOT_KEPT = Set.of(
      HistoryEventTypes.VARIABLE_INSTANCE_UPDATE_DETAIL,
      HistoryEventTypes.FORM_PROPERTY_UPDATE,
      HistoryEventTypes.JOB_CREATE,
      HistoryEventTypes.JOB_SUCCESS,
      HistoryEventTypes.JOB_DELETE);

  @Override
  public int getId() {
    return ID;
  }

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean isHistoryEventProduced(HistoryEventType eventType, Object entity) {
    return !NOT_KEPT.contains(eventType);
  }
}
