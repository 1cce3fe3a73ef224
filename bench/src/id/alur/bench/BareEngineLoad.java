package id.alur.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * The bare engine's side of the comparison: 8 threads start instances of a two-user-task model whose first task has
 * an interrupting boundary timer, and complete both tasks through the Java API, as fast as they can.
 */
final class BareEngineLoad {

  static final String KEY = "BenchTwoTasks";

  record Result(double completionsPerSecond, double walKibPerTask, double rowWritesPerTask, long tasks) {
  }

  private final Postgres postgres;

  BareEngineLoad(Postgres postgres) {
    this.postgres = postgres;
  }

  static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess(KEY).camundaHistoryTimeToLive(180)
        .startEvent("StartEvent_Opened")
        .userTask("UserTask_First").camundaCandidateGroups("dlh").camundaDueDate("${dateTime().plusDays(5).toDate()}")
        .boundaryEvent("TimerEvent_FirstLate").timerWithDuration("P10D").endEvent("EndEvent_Late")
        .moveToActivity("UserTask_First")
        .userTask("UserTask_Second").camundaCandidateGroups("dlh-head")
        .endEvent("EndEvent_Done").done();
  }

  Result run(String database, int threads, int warmupSeconds, int seconds) throws Exception {
    postgres.recreate(database);
    ProcessEngine engine = Engines.bare(postgres, database);
    try {
      engine.getRepositoryService().createDeployment().addModelInstance(KEY + ".bpmn", model()).deploy();
      work(engine, threads, warmupSeconds);
      Postgres.Snapshot before = postgres.snapshot(database);
      long tasks = work(engine, threads, seconds);
      Postgres.Snapshot after = postgres.snapshot(database);
      System.out.println("  rows written (inserted/updated/deleted): " + after.busiestSince(before, 10));
      return new Result(tasks / (double) seconds, after.walKibSince(before) / tasks,
          after.rowWritesSince(before) / (double) tasks, tasks);
    } finally {
      engine.close();
      postgres.drop(database);
    }
  }

  /** Runs the threads for the given time; the number of tasks they completed. */
  private long work(ProcessEngine engine, int threads, int seconds) throws InterruptedException {
    AtomicLong completed = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread worker = new Thread(() -> {
        TaskService tasks = engine.getTaskService();
        while (System.nanoTime() < end) {
          String instance = engine.getRuntimeService().startProcessInstanceByKey(KEY).getId();
          for (int step = 0; step < 2 && System.nanoTime() < end; step++) {
            Task task = tasks.createTaskQuery().processInstanceId(instance).singleResult();
            tasks.complete(task.getId());
            completed.incrementAndGet();
          }
        }
      }, "bare-engine-" + i);
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    return completed.get();
  }
}
