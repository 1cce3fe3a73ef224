package id.alur.tasklist;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * The Tasklist filters Alur gives every member of staff. A filter's query is stored with expressions,
 * evaluated for whoever opens it: their user id, their groups, the engine's clock, and the working-day
 * calendar ({@code sla.due('1HK')}: one working day from now, holidays and office hours counted).
 */
enum SharedFilter {

  /** "Tugas saya": assigned to me. */
  MINE(1, false) {
    @Override
    TaskQuery query(TaskService tasks) {
      return tasks.createTaskQuery().taskAssigneeExpression(ME);
    }
  },
  /** "Tugas OPD saya": my groups' tasks that nobody has claimed. */
  OPD_OPEN(2, false) {
    @Override
    TaskQuery query(TaskService tasks) {
      return tasks.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).taskUnassigned();
    }
  },
  /** "Mendekati tenggat": mine or my groups', not yet due, due within one working day. */
  DUE_SOON(3, false) {
    @Override
    TaskQuery query(TaskService tasks) {
      return mineOrMyGroups(tasks).dueAfterExpression("${now()}").dueBeforeExpression("${sla.due('1HK')}");
    }
  },
  /** "Lewat tenggat": mine or my groups', past their due date. */
  OVERDUE(4, false) {
    @Override
    TaskQuery query(TaskService tasks) {
      return mineOrMyGroups(tasks).dueBeforeExpression("${now()}");
    }
  },
  /** "Semua tugas OPD", for heads: every task of their OPD, whoever holds it. */
  OPD_ALL(5, true) {
    @Override
    TaskQuery query(TaskService tasks) {
      return tasks.createTaskQuery().taskCandidateGroupInExpression(MY_GROUPS).includeAssignedTasks();
    }
  };

  private static final String ME = "${currentUser()}";
  private static final String MY_GROUPS = "${currentUserGroups()}";

  private final int priority;
  private final boolean forHeads;

  SharedFilter(int priority, boolean forHeads) {
    this.priority = priority;
    this.forHeads = forHeads;
  }

  abstract TaskQuery query(TaskService tasks);

  /** The query, soonest due first. */
  TaskQuery orderedQuery(TaskService tasks) {
    return query(tasks).orderByDueDate().asc();
  }

  int priority() {
    return priority;
  }

  boolean forHeads() {
    return forHeads;
  }

  String messageKey() {
    return "tasklist.filter." + name();
  }

  private static TaskQuery mineOrMyGroups(TaskService tasks) {
    return tasks.createTaskQuery().or().taskAssigneeExpression(ME).taskCandidateGroupInExpression(MY_GROUPS)
        .includeAssignedTasks().endOr();
  }
}
