package id.alur.sla;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The working-time deadlines models computed for timers and task dates ({@code sla_deadline}), kept so a
 * calendar change can move them: a deadline is recomputed from what it was computed from, and the timer
 * jobs, due dates and follow-up dates of its process instance that carry the old instant get the new one.
 */
@Component
class Deadlines {

  /** What a calendar change did to the engine's timers and tasks. */
  record Moved(int timers, int tasks) {

    Moved plus(Moved other) {
      return new Moved(timers + other.timers, tasks + other.tasks);
    }
  }

  private record Deadline(String id, String processInstanceId, Instant from, WorkAmount amount,
      Optional<String> opd, Instant due) {
  }

  /** Timers or tasks of one instance sharing one deadline instant: more would be a modelling accident. */
  private static final int PAGE = 500;
  private static final String SELECT = "select id, process_instance_id, from_at, amount, unit, opd, due_at"
      + " from sla_deadline";

  private final JdbcClient jdbc;
  private final ManagementService management;
  private final TaskService tasks;
  private final ZoneId zone;

  Deadlines(JdbcClient jdbc, ManagementService management, TaskService tasks, SlaSettings settings) {
    this.jdbc = jdbc;
    this.management = management;
    this.tasks = tasks;
    this.zone = settings.zone();
  }

  void record(String processInstanceId, String activityId, Instant from, WorkAmount amount, Optional<String> opd,
      Instant due) {
    jdbc.sql("insert into sla_deadline (id, process_instance_id, activity_id, from_at, amount, unit, opd, due_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?)")
        .params(UUID.randomUUID().toString(), processInstanceId, activityId, at(from), amount.amount(),
            amount.unit().name(), opd.orElse(null), at(due))
        .update();
  }

  /** Recomputes the deadlines counted across any of [{@code from}, {@code to}) with {@code snapshot}. */
  Moved moveAcross(Instant from, Instant to, CalendarSnapshot snapshot) {
    return move(across(from, to), snapshot);
  }

  /** Recomputes the deadlines still ahead that were counted in an OPD's office hours. */
  Moved moveOf(String opd, Instant now, CalendarSnapshot snapshot) {
    return move(jdbc.sql(SELECT + " where opd = ? and due_at >= ?").params(opd, at(now)).query(this::deadline).list(),
        snapshot);
  }

  private Moved move(List<Deadline> candidates, CalendarSnapshot snapshot) {
    Moved moved = new Moved(0, 0);
    for (Deadline deadline : candidates) {
      Instant due = snapshot.calendar().due(deadline.from(), deadline.amount(), snapshot.recordedHoursOf(deadline.opd()));
      if (due.equals(deadline.due())) {
        continue;
      }
      moved = moved.plus(moveInEngine(deadline.processInstanceId(), Date.from(deadline.due()), Date.from(due)));
      jdbc.sql("update sla_deadline set due_at = ? where id = ?").params(at(due), deadline.id()).update();
    }
    return moved;
  }

  /** Forgets deadlines that passed long ago: nothing waits on them any more. */
  int forgetBefore(Instant instant) {
    return jdbc.sql("delete from sla_deadline where due_at < ?").param(at(instant)).update();
  }

  private Moved moveInEngine(String processInstanceId, Date old, Date moved) {
    int timers = 0;
    for (Job job : management.createJobQuery().processInstanceId(processInstanceId).timers()
        .duedateHigherThan(new Date(old.getTime() - 1)).duedateLowerThan(new Date(old.getTime() + 1))
        .listPage(0, PAGE)) {
      management.setJobDuedate(job.getId(), moved);
      timers++;
    }
    int changed = 0;
    for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).dueDate(old).listPage(0, PAGE)) {
      task.setDueDate(moved);
      tasks.saveTask(task);
      changed++;
    }
    for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).followUpDate(old)
        .listPage(0, PAGE)) {
      task.setFollowUpDate(moved);
      tasks.saveTask(task);
      changed++;
    }
    return new Moved(timers, changed);
  }

  private List<Deadline> across(Instant from, Instant to) {
    return jdbc.sql(SELECT + " where from_at < ? and due_at >= ?").params(at(to), at(from)).query(this::deadline)
        .list();
  }

  private Deadline deadline(java.sql.ResultSet row, int rowNumber) throws java.sql.SQLException {
    return new Deadline(row.getString("id"), row.getString("process_instance_id"),
        row.getObject("from_at", OffsetDateTime.class).toInstant(),
        new WorkAmount(row.getInt("amount"), WorkUnit.valueOf(row.getString("unit"))),
        Optional.ofNullable(row.getString("opd")), row.getObject("due_at", OffsetDateTime.class).toInstant());
  }

  private OffsetDateTime at(Instant instant) {
    return OffsetDateTime.ofInstant(instant, zone);
  }
}
