package id.alur.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.alur.PostgresIntegrationTest;
import id.alur.StaffHttp.Reply;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The task queue answers the tasklist's candidate-group queries exactly as the engine's own SQL does, through every
 * change a task goes through: claimed and given back, due date moved, groups added and removed, suspended, completed,
 * deleted. Each query is asked twice: as it is (the queue answers) and with a criterion that changes nothing but that
 * the queue does not take (the engine answers).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TaskQueueIT extends PostgresIntegrationTest {

  private static final String A = "queue-a";
  private static final String B = "queue-b";
  private static final String PROCESS = "PlatformSmokeTest";
  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;

  private String claimedThenReturned;
  private String suspendedInstance;

  @BeforeAll
  void cityOfTasks() {
    // Process tasks of both groups, some due at the same moment.
    List<String> processTasks = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String instance = runtime.startProcessInstanceByKey(PROCESS, Map.of("opd", i % 3 == 0 ? B : A)).getId();
      String task = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();
      tasks.setDueDate(task, Date.from(NOW.plus(i % 4, ChronoUnit.HOURS)));
      processTasks.add(task);
    }
    // Standalone tasks: without a due date, of both groups at once, of one group linked twice.
    standalone("queue-standalone-1", null, A);
    standalone("queue-standalone-2", NOW.plus(30, ChronoUnit.MINUTES), A, B);
    standalone("queue-standalone-3", NOW.minus(2, ChronoUnit.DAYS), B, A);
    standalone("queue-standalone-4", NOW.plus(5, ChronoUnit.DAYS), A, A);
    standalone("queue-standalone-5", null, B);

    // Their lives: claimed; claimed and given back; due date moved; a group added and one removed; completed;
    // a case suspended; a case deleted; a task deleted.
    tasks.claim(processTasks.get(1), "clerk.queue");
    claimedThenReturned = processTasks.get(2);
    tasks.claim(claimedThenReturned, "clerk.queue");
    tasks.setAssignee(claimedThenReturned, null);
    tasks.setDueDate(processTasks.get(4), Date.from(NOW.minus(1, ChronoUnit.DAYS)));
    tasks.addCandidateGroup(processTasks.get(5), B);
    tasks.deleteCandidateGroup("queue-standalone-2", B);
    tasks.deleteCandidateGroup("queue-standalone-4", A);
    tasks.complete(processTasks.get(7), Map.of("approved", true));
    suspendedInstance = tasks.createTaskQuery().taskId(processTasks.get(8)).singleResult().getProcessInstanceId();
    runtime.suspendProcessInstanceById(suspendedInstance);
    runtime.deleteProcessInstance(tasks.createTaskQuery().taskId(processTasks.get(10)).singleResult()
        .getProcessInstanceId(), "test");
    tasks.deleteTask("queue-standalone-5", true);
  }

  private void standalone(String id, Instant due, String... groups) {
    Task task = tasks.newTask(id);
    task.setName("Tugas mandiri " + id);
    task.setDueDate(due == null ? null : Date.from(due));
    tasks.saveTask(task);
    for (String group : groups) {
      tasks.addCandidateGroup(id, group);
    }
  }

  /** The engine's own answer: a criterion every task meets, which the queue does not take. */
  private static TaskQuery byEngine(TaskQuery query) {
    return query.taskCreatedBefore(Date.from(NOW.plus(3650, ChronoUnit.DAYS)));
  }

  private void sameAnswer(String what, UnaryOperator<TaskQuery> shape) {
    long answered = TaskQueue.ANSWERED.sum();
    List<Task> queued = shape.apply(tasks.createTaskQuery()).list();
    long count = shape.apply(tasks.createTaskQuery()).count();
    assertThat(TaskQueue.ANSWERED.sum() - answered).as("%s: answered by the queue", what).isEqualTo(2);

    List<Task> engine = byEngine(shape.apply(tasks.createTaskQuery())).list();
    assertThat(ids(queued)).as(what).containsExactlyInAnyOrderElementsOf(ids(engine));
    // Equal due dates may come in either order (the engine's order of ties is undefined); the dates' order may not.
    assertThat(queued.stream().map(Task::getDueDate).toList()).as("%s: order", what)
        .isEqualTo(engine.stream().map(Task::getDueDate).toList());
    assertThat(count).as("%s: count", what).isEqualTo(byEngine(shape.apply(tasks.createTaskQuery())).count());
    assertThat(count).as("%s: count of the list", what).isEqualTo(queued.size());
  }

  private static List<String> ids(List<Task> list) {
    return list.stream().map(Task::getId).toList();
  }

  @Test
  @DisplayName("one group's open tasks by due date, and with the assigned ones too, in either direction")
  void oneGroup() {
    sameAnswer("A open", query -> query.taskCandidateGroup(A).orderByDueDate().asc());
    sameAnswer("A open, latest first", query -> query.taskCandidateGroup(A).orderByDueDate().desc());
    sameAnswer("A all", query -> query.taskCandidateGroup(A).includeAssignedTasks().orderByDueDate().asc());
    sameAnswer("A unassigned", query -> query.taskCandidateGroup(A).taskUnassigned().includeAssignedTasks()
        .orderByDueDate().asc());
    sameAnswer("B open, then newest", query -> query.taskCandidateGroup(B).orderByDueDate().asc()
        .orderByTaskCreateTime().desc());
    assertThat(ids(tasks.createTaskQuery().taskCandidateGroup(A).list())).as("given back, it is open again")
        .contains(claimedThenReturned).doesNotContain("queue-standalone-4");
  }

  @Test
  @DisplayName("several groups: a task of both is listed and counted once")
  void severalGroups() {
    sameAnswer("A or B", query -> query.taskCandidateGroupIn(List.of(A, B)).orderByDueDate().asc());
    sameAnswer("A or B, all", query -> query.taskCandidateGroupIn(List.of(B, A)).includeAssignedTasks()
        .orderByDueDate().desc());
    assertThat(tasks.createTaskQuery().taskCandidateGroupIn(List.of(A, B)).list().stream().map(Task::getId)
        .filter("queue-standalone-3"::equals)).hasSize(1);
  }

  @Test
  @DisplayName("of a process, active or suspended")
  void processAndSuspension() {
    sameAnswer("A of the process", query -> query.taskCandidateGroup(A).processDefinitionKey(PROCESS)
        .orderByDueDate().asc());
    sameAnswer("A or B of the processes", query -> query.taskCandidateGroupIn(List.of(A, B))
        .processDefinitionKeyIn(PROCESS, "NoSuchProcess").orderByDueDate().asc());
    sameAnswer("A active", query -> query.taskCandidateGroup(A).active().orderByDueDate().asc());
    sameAnswer("A suspended", query -> query.taskCandidateGroup(A).suspended().orderByDueDate().asc());
    assertThat(tasks.createTaskQuery().taskCandidateGroupIn(List.of(A, B)).suspended().count()).isOne();

    runtime.activateProcessInstanceById(suspendedInstance);
    sameAnswer("A or B suspended, after activation", query -> query.taskCandidateGroupIn(List.of(A, B)).suspended()
        .orderByDueDate().asc());
    runtime.suspendProcessInstanceById(suspendedInstance);
  }

  @Test
  @DisplayName("pages follow each other without a gap or a repeat")
  void pages() {
    TaskQuery all = tasks.createTaskQuery().taskCandidateGroupIn(List.of(A, B)).includeAssignedTasks()
        .orderByDueDate().asc();
    List<String> whole = ids(all.list());
    List<String> paged = new ArrayList<>();
    for (int first = 0; first < whole.size(); first += 4) {
      paged.addAll(ids(tasks.createTaskQuery().taskCandidateGroupIn(List.of(A, B)).includeAssignedTasks()
          .orderByDueDate().asc().listPage(first, 4)));
    }
    assertThat(paged).isEqualTo(whole);
  }

  @Test
  @DisplayName("other queries are the engine's: a candidate user, an OR, another order")
  void othersAreTheEngines() {
    long answered = TaskQueue.ANSWERED.sum();
    tasks.createTaskQuery().taskCandidateGroup(A).orderByTaskName().asc().list();
    tasks.createTaskQuery().taskCandidateGroup(A).taskNameLike("Tugas%").orderByDueDate().asc().list();
    tasks.createTaskQuery().or().taskCandidateGroup(A).taskAssignee("clerk.queue").endOr().orderByDueDate().asc().list();
    tasks.createTaskQuery().taskCandidateUser("clerk.queue").orderByDueDate().asc().list();
    assertThat(TaskQueue.ANSWERED.sum()).isEqualTo(answered);
  }

  @Test
  @DisplayName("a clerk's 'Tugas OPD saya' in Tasklist is answered by the queue, list and count")
  void tasklistFilter() {
    String filter = null;
    for (JsonNode each : as("clerk.dcktr").get("/engine-rest/filter?resourceType=Task&firstResult=0&maxResults=100")
        .json()) {
      filter = "OPD_OPEN".equals(each.path("properties").path("alurFilter").asText()) ? each.path("id").asText() : filter;
    }
    long answered = TaskQueue.ANSWERED.sum();
    // What Tasklist itself sends: a page of 15, newest first after the filter's own due-date order, active tasks.
    Reply page = as("clerk.dcktr").send("POST", "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=15",
        Map.of("Accept", "application/hal+json", "Content-Type", "application/json"),
        "{\"processVariables\": [], \"taskVariables\": [], \"caseInstanceVariables\": [],"
            + " \"sorting\": [{\"sortBy\": \"created\", \"sortOrder\": \"desc\"}], \"active\": true}");
    assertThat(page.status()).as(page.body()).isEqualTo(200);
    assertThat(page.json().has("count")).isTrue();
    assertThat(TaskQueue.ANSWERED.sum() - answered).isEqualTo(2);
  }
}
