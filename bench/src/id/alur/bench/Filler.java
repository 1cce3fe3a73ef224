package id.alur.bench;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Fills Alur's database through the engine's API (never raw SQL): open cases whose one task waits in an OPD's group
 * with a due date within two months, and finished cases whose history is old enough for the nightly cleanup. Work is
 * done in batches of instances per transaction, on two threads.
 */
final class Filler {

  static final String KEY = "BenchFillerCase";
  static final String TASK = "UserTask_FillerWork";
  private static final int BATCH = 200;
  private static final long DAY = 86_400_000L;

  private final ProcessEngine engine;
  private final List<String> groups;

  Filler(ProcessEngine engine, List<String> groups) {
    this.engine = engine;
    this.groups = groups;
  }

  static BpmnModelInstance model() {
    return Bpmn.createExecutableProcess(KEY).name("Kasus pengisi (benchmark)").camundaHistoryTimeToLive(365)
        .startEvent("StartEvent_Filled")
        .userTask(TASK).name("Tugas pengisi").camundaCandidateGroups("${opd}").camundaDueDate("${due}")
        .endEvent("EndEvent_Filled").done();
  }

  void deploy() {
    engine.getRepositoryService().createDeployment().name("alur-bench-filler").enableDuplicateFiltering(true)
        .addModelInstance(KEY + ".bpmn", model()).deploy();
  }

  /** Opens cases until {@code total} of the filler's tasks are open. */
  void openTasksUpTo(int total) throws InterruptedException {
    long open = engine.getTaskService().createTaskQuery().processDefinitionKey(KEY).count();
    inBatches((int) Math.max(0, total - open), false);
  }

  /**
   * Runs {@code count} cases from start to end two years ago, so that their removal time (end plus the model's
   * 365 days) has passed: the nightly cleanup may delete them.
   */
  void finishedCases(int count) throws InterruptedException {
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() - 730 * DAY));
    try {
      inBatches(count, true);
    } finally {
      ClockUtil.reset();
    }
  }

  private void inBatches(int count, boolean finish) throws InterruptedException {
    AtomicInteger left = new AtomicInteger(count);
    var executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    List<Thread> threads = new ArrayList<>();
    for (int t = 0; t < 2; t++) {
      Thread thread = new Thread(() -> {
        int batch;
        while ((batch = Math.min(BATCH, left.getAndAdd(-BATCH))) > 0) {
          int size = batch;
          executor.execute(context -> {
            for (int i = 0; i < size; i++) {
              one(finish);
            }
            return null;
          });
        }
      }, "filler-" + t);
      thread.start();
      threads.add(thread);
    }
    for (Thread thread : threads) {
      thread.join();
    }
  }

  private void one(boolean finish) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String opd = groups.get(random.nextInt(groups.size()));
    Date due = new Date(ClockUtil.getCurrentTime().getTime() + random.nextLong(60 * DAY));
    String instance = engine.getRuntimeService().startProcessInstanceByKey(KEY,
        "ISI-" + java.util.UUID.randomUUID(), Map.of("opd", opd, "due", due)).getId();
    if (finish) {
      // The batch's transaction has not been flushed: the new task is in the command's cache, not yet in a query.
      TaskEntity task = Context.getCommandContext().getDbEntityManager().getCachedEntitiesByType(TaskEntity.class)
          .stream().filter(t -> instance.equals(t.getProcessInstanceId())).findFirst().orElseThrow();
      engine.getTaskService().complete(task.getId(), Map.of("result", "selesai"));
    }
  }
}
