package id.alur.bench;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

/**
 * Deadlines behind a queue: 1,000 SLA timers fall due together while 10,000 other jobs wait, and Alur's job executor
 * works them all. The timers and the queued jobs are created through the engine's API, the queued ones suspended so
 * that the whole queue stands ready when the timers fall due; Alur's own job executor then runs them.
 */
final class SlaProbe {

  static final String TIMER_KEY = "BenchSlaTimer";
  static final String TIMER = "TimerEvent_SlaDue";
  static final String QUEUE_KEY = "BenchQueuedJob";
  static final String QUEUED = "Event_QueuedWork";

  record Result(double onTimeShare, double p95LatenessSeconds, double queueJobsPerSecond, int timers, int fired) {
  }

  private final ProcessEngine engine;
  private final Postgres postgres;
  private final String database;

  SlaProbe(ProcessEngine engine, Postgres postgres, String database) {
    this.engine = engine;
    this.postgres = postgres;
    this.database = database;
  }

  static BpmnModelInstance timerModel() {
    return Bpmn.createExecutableProcess(TIMER_KEY).name("Tenggat SLA (benchmark)").camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Clock").intermediateCatchEvent(TIMER).timerWithDate("${due}")
        .endEvent("EndEvent_Clock").done();
  }

  static BpmnModelInstance queueModel() {
    return Bpmn.createExecutableProcess(QUEUE_KEY).name("Pekerjaan antre (benchmark)").camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Queued").intermediateThrowEvent(QUEUED).camundaAsyncBefore()
        .endEvent("EndEvent_Queued").done();
  }

  void deploy() {
    engine.getRepositoryService().createDeployment().name("alur-bench-sla").enableDuplicateFiltering(true)
        .addModelInstance(TIMER_KEY + ".bpmn", timerModel()).addModelInstance(QUEUE_KEY + ".bpmn", queueModel())
        .deploy();
  }

  /** One round: the queue and the timers, then waits until Alur's job executor has run all of them. */
  Result run(int timers, int queued, long leadMillis) throws Exception {
    ManagementService management = engine.getManagementService();
    var executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired();
    String round = "R" + System.currentTimeMillis();
    management.suspendJobDefinitionByProcessDefinitionKey(QUEUE_KEY, true);
    for (int done = 0; done < queued; done += 200) {
      int size = Math.min(200, queued - done);
      executor.execute(context -> {
        for (int i = 0; i < size; i++) {
          engine.getRuntimeService().startProcessInstanceByKey(QUEUE_KEY, round);
        }
        return null;
      });
    }
    Date due = new Date(System.currentTimeMillis() + leadMillis);
    for (int done = 0; done < timers; done += 200) {
      int size = Math.min(200, timers - done);
      executor.execute(context -> {
        for (int i = 0; i < size; i++) {
          engine.getRuntimeService().startProcessInstanceByKey(TIMER_KEY, round, Map.of("due", due));
        }
        return null;
      });
    }
    long untilDue = due.getTime() - System.currentTimeMillis() - 1_000;
    if (untilDue < 0) {
      throw new IllegalStateException("creating the jobs took longer than the lead time; raise it");
    }
    Thread.sleep(untilDue);
    long released = System.currentTimeMillis();
    management.activateJobDefinitionByProcessDefinitionKey(QUEUE_KEY, true);
    long deadline = System.currentTimeMillis() + 600_000;
    while (remaining(round) > 0 && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
    }
    List<Double> lateness = postgres.doubles(database, "select extract(epoch from (a.end_time_ - "
        + "'" + new Timestamp(due.getTime()) + "'::timestamp)) from act_hi_actinst a join act_hi_procinst p"
        + " on p.id_ = a.proc_inst_id_ where p.business_key_ = '" + round + "' and a.act_id_ = '" + TIMER
        + "' and a.end_time_ is not null order by 1");
    List<Double> queueEnds = postgres.doubles(database, "select extract(epoch from max(a.end_time_)) * 1000"
        + " from act_hi_actinst a join act_hi_procinst p on p.id_ = a.proc_inst_id_"
        + " where p.business_key_ = '" + round + "' and a.act_id_ = '" + QUEUED + "'");
    long onTime = lateness.stream().filter(late -> late <= 2.0).count();
    double p95 = lateness.isEmpty() ? Double.NaN
        : lateness.get(Math.min(lateness.size() - 1, (int) Math.ceil(lateness.size() * 0.95) - 1));
    double drainSeconds = (queueEnds.get(0) - released) / 1000.0;
    return new Result(onTime / (double) timers, p95, queued / drainSeconds, timers, lateness.size());
  }

  private long remaining(String round) throws Exception {
    return postgres.count(database, "select count(*) from act_ru_job j join act_ru_execution e"
        + " on e.id_ = j.process_instance_id_ where e.business_key_ = '" + round + "'");
  }
}
