package id.alur.sla;

import id.alur.cases.CaseFile;
import id.alur.cases.CaseRegistry;
import id.alur.cases.TrackingNumber;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The SLA clocks of cases: started when the file is complete, paused while the case waits on the citizen or
 * an outside agency, resumed, stopped. Time is the engine's clock, so process tests move it like any timer.
 * Every change is recorded with the case, the OPD responsible and the actor, and counted in
 * {@link SlaMetrics}. Reminders and breaches are delivered by {@link #deliverDue}.
 */
@Component
public class SlaClocks {

  /** Clock names appear in message names ({@code SlaBreach_PermitService}), so they are plain names. */
  static final Pattern NAME = Pattern.compile("[A-Z][A-Za-z0-9]{0,63}");
  static final String SYSTEM = "system";

  private final ClockTable table;
  private final CalendarStore calendar;
  private final SlaSettings settings;
  private final CaseRegistry cases;
  private final RuntimeService runtime;
  private final IdentityService identity;
  private final SlaMetrics metrics;
  private final ApplicationEventPublisher events;

  SlaClocks(ClockTable table, CalendarStore calendar, SlaSettings settings, CaseRegistry cases,
      RuntimeService runtime, IdentityService identity, SlaMetrics metrics,
      ApplicationEventPublisher events) {
    this.table = table;
    this.calendar = calendar;
    this.settings = settings;
    this.cases = cases;
    this.runtime = runtime;
    this.identity = identity;
    this.metrics = metrics;
    this.events = events;
  }

  /**
   * Starts the clock {@code name} of the owner's process instance with {@code budget} of working time,
   * counted in the office hours of {@code opd} (by default the OPD that owns the case).
   */
  public SlaClock start(ClockOwner owner, String name, WorkAmount budget, Optional<String> opd) {
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("SLA clock name '" + name + "' must be a plain name like PermitService");
    }
    table.active(owner.processInstanceId(), name).ifPresent(running -> {
      throw new IllegalStateException("SLA clock " + name + " is already " + running.state() + " in process instance "
          + owner.processInstanceId());
    });
    Optional<CaseFile> caseFile = cases.findByProcessInstance(owner.rootProcessInstanceId())
        .or(() -> startingCase(owner));
    String responsible = opd.or(() -> caseFile.map(CaseFile::owningOpd)).orElseThrow(() ->
        new IllegalArgumentException("SLA clock " + name + " needs an OPD: name one, or open a case for the instance"));
    CalendarSnapshot snapshot = calendar.current();
    OfficeHours hours = snapshot.hoursOf(responsible);
    Instant now = now();
    WorkingTime remaining = budget.asWorkingTime();
    ClockTimes times = ClockTimes.of(snapshot.calendar(), hours, now, remaining, Duration.ZERO,
        settings.reminderShare());
    SlaClock clock = new SlaClock(UUID.randomUUID().toString(), owner.processInstanceId(), owner.processKey(),
        caseFile.map(file -> file.trackingNumber().value()), name, responsible, budget, SlaClock.State.RUNNING, now,
        now, remaining, Duration.ZERO, Optional.of(times.due()), Optional.of(times.reminder()), false, false);
    table.insert(clock);
    record(clock, SlaEvent.START, now, actor(), clock.dueAt(), budget.toString());
    return clock;
  }

  /** The case whose number is the business key, while no process instance carries it yet (it is starting). */
  private Optional<CaseFile> startingCase(ClockOwner owner) {
    return owner.businessKey().flatMap(TrackingNumber::tryParse).flatMap(cases::find)
        .filter(caseFile -> caseFile.processInstanceId().isEmpty());
  }

  /** Stops the countdown, keeping the working time left. */
  public SlaClock pause(String processInstanceId, String name) {
    SlaClock clock = active(processInstanceId, name, SlaClock.State.RUNNING);
    Instant now = now();
    CalendarSnapshot snapshot = calendar.current();
    OfficeHours hours = snapshot.recordedHoursOf(Optional.of(clock.opd()));
    Instant due = clock.dueAt().orElseThrow();
    WorkingTime left = snapshot.calendar().workingTimeBetween(now, due, hours);
    Duration used = clock.consumed().plus(snapshot.calendar().officeTimeBetween(clock.segmentStart(), now, hours));
    SlaClock paused = clock.paused(left, used);
    table.update(paused, Optional.empty());
    record(paused, SlaEvent.PAUSE, now, actor(), Optional.of(due), describe(left));
    return paused;
  }

  /** Counts down again from now with the working time left at the pause. */
  public SlaClock resume(String processInstanceId, String name) {
    SlaClock clock = active(processInstanceId, name, SlaClock.State.PAUSED);
    Instant now = now();
    SlaClock resumed = running(clock, now, calendar.current());
    table.update(resumed, Optional.empty());
    record(resumed, SlaEvent.RESUME, now, actor(), resumed.dueAt(), describe(clock.remaining()));
    return resumed;
  }

  /** Stops the clock for good (the service is delivered, or the case closed). */
  public SlaClock stop(String processInstanceId, String name) {
    return stop(active(processInstanceId, name), actor(), null);
  }

  /** Where a clock stands now: working time left (zero once due) and office time used. */
  public record Progress(WorkingTime left, Duration used) {
  }

  public Progress progress(SlaClock clock) {
    if (clock.state() != SlaClock.State.RUNNING) {
      return new Progress(clock.state() == SlaClock.State.PAUSED ? clock.remaining() : WorkingTime.NONE,
          clock.consumed());
    }
    CalendarSnapshot snapshot = calendar.current();
    OfficeHours hours = snapshot.recordedHoursOf(Optional.of(clock.opd()));
    Instant now = now();
    return new Progress(snapshot.calendar().workingTimeBetween(now, clock.dueAt().orElseThrow(), hours),
        clock.consumed().plus(snapshot.calendar().officeTimeBetween(clock.segmentStart(), now, hours)));
  }

  /** The clock {@code name} of the instance while it runs or is paused. */
  public Optional<SlaClock> findActive(String processInstanceId, String name) {
    return table.active(processInstanceId, name);
  }

  /** Stops the clock {@code name} if it runs or is paused (a step that ends it on some paths only). */
  public void stopIfActive(String processInstanceId, String name) {
    findActive(processInstanceId, name).ifPresent(clock -> stop(clock, actor(), null));
  }

  /** Stops every clock of the instance still running or paused (the case is closed). */
  public void stopAll(String processInstanceId) {
    table.ofProcessInstance(processInstanceId).stream()
        .filter(clock -> clock.state() != SlaClock.State.STOPPED)
        .forEach(clock -> stop(clock, actor(), null));
  }

  public List<SlaClock> ofProcessInstance(String processInstanceId) {
    return table.ofProcessInstance(processInstanceId);
  }

  public List<SlaClock> ofCase(String trackingNumber) {
    return table.ofCase(trackingNumber);
  }

  public List<SlaClockEntry> history(String clockId) {
    return table.events(clockId);
  }

  /** Clocks with a reminder or breach due now (at most {@code limit}). */
  List<String> withEventDue(int limit) {
    return table.withEventDue(now(), limit);
  }

  /**
   * Delivers the clock's due reminder and breach to its process instance as the messages
   * {@code SlaReminder_<name>} and {@code SlaBreach_<name>}, each exactly once. Call in a transaction: the
   * record, the claim and whatever the process does on the message commit or roll back together.
   */
  void deliverDue(String clockId) {
    Optional<SlaClock> found = table.find(clockId);
    if (found.isEmpty() || found.get().state() != SlaClock.State.RUNNING) {
      return;
    }
    SlaClock clock = found.get();
    Instant now = now();
    if (runtime.createProcessInstanceQuery().processInstanceId(clock.processInstanceId()).count() == 0) {
      stop(clock, SYSTEM, "process instance ended with the clock running");
      return;
    }
    if (!clock.reminderSent() && !clock.reminderAt().orElseThrow().isAfter(now)) {
      deliver(clock, SlaEvent.REMINDER, SlaClock.reminderMessage(clock.name()), now);
    }
    if (!clock.breachSent() && !clock.dueAt().orElseThrow().isAfter(now)) {
      deliver(clock, SlaEvent.BREACH, SlaClock.breachMessage(clock.name()), now);
    }
  }

  /**
   * Moves the running clocks whose current countdown spans any of [{@code from}, {@code to}) to the
   * calendar {@code snapshot}; returns how many moved.
   */
  int moveAcross(Instant from, Instant to, CalendarSnapshot snapshot, String actor, String reason) {
    return move(table.runningAcross(from, to), snapshot, actor, reason);
  }

  /** Moves the running clocks of an OPD whose office hours changed. */
  int moveOf(String opd, CalendarSnapshot snapshot, String actor, String reason) {
    return move(table.runningOf(opd), snapshot, actor, reason);
  }

  private int move(List<SlaClock> candidates, CalendarSnapshot snapshot, String actor, String reason) {
    int moved = 0;
    Instant now = now();
    for (SlaClock clock : candidates) {
      SlaClock recomputed = running(clock, clock.segmentStart(), snapshot);
      if (recomputed.dueAt().equals(clock.dueAt()) && recomputed.reminderAt().equals(clock.reminderAt())) {
        continue;
      }
      table.update(recomputed, Optional.empty());
      record(recomputed, SlaEvent.MOVED, now, actor, recomputed.dueAt(),
          reason + ": due " + clock.dueAt().orElseThrow() + " -> " + recomputed.dueAt().orElseThrow());
      moved++;
    }
    return moved;
  }

  private void deliver(SlaClock clock, SlaEvent event, String message, Instant now) {
    if (!table.claim(clock.id(), event)) {
      return;
    }
    long waiting = runtime.createEventSubscriptionQuery().processInstanceId(clock.processInstanceId())
        .eventType("message").eventName(message).count();
    // Recorded before delivery: what the model does on the message (stop the clock, say) comes after it.
    record(clock, event, now, SYSTEM, clock.dueAt(),
        waiting == 0 ? "message " + message + " not caught by the model" : "message " + message + " delivered");
    if (waiting > 0) {
      runtime.createMessageCorrelation(message).processInstanceId(clock.processInstanceId()).correlateAll();
    }
  }

  private SlaClock running(SlaClock clock, Instant segmentStart, CalendarSnapshot snapshot) {
    return clock.running(segmentStart, ClockTimes.of(snapshot.calendar(),
        snapshot.recordedHoursOf(Optional.of(clock.opd())), segmentStart, clock.remaining(), clock.consumed(),
        settings.reminderShare()));
  }

  private SlaClock stop(SlaClock clock, String actor, String detail) {
    Instant now = now();
    Duration used = clock.consumed();
    if (clock.state() == SlaClock.State.RUNNING) {
      CalendarSnapshot snapshot = calendar.current();
      used = used.plus(snapshot.calendar().officeTimeBetween(clock.segmentStart(), now,
          snapshot.recordedHoursOf(Optional.of(clock.opd()))));
    }
    SlaClock stopped = clock.stopped(used);
    table.update(stopped, Optional.of(now));
    boolean late = clock.breachSent() || clock.dueAt().map(due -> !now.isBefore(due)).orElse(false);
    record(stopped, SlaEvent.STOP, now, actor, clock.dueAt(),
        detail != null ? detail : late ? "stopped after the deadline" : "stopped within the deadline");
    return stopped;
  }

  private SlaClock active(String processInstanceId, String name) {
    return table.active(processInstanceId, name).orElseThrow(() -> new IllegalStateException(
        "no SLA clock " + name + " is running or paused in process instance " + processInstanceId));
  }

  private SlaClock active(String processInstanceId, String name, SlaClock.State expected) {
    SlaClock clock = active(processInstanceId, name);
    if (clock.state() != expected) {
      throw new IllegalStateException("SLA clock " + name + " is " + clock.state() + ", not " + expected);
    }
    return clock;
  }

  private void record(SlaClock clock, SlaEvent event, Instant at, String actor, Optional<Instant> dueAt,
      String detail) {
    table.record(clock, event, at, actor, dueAt, detail);
    metrics.count(event, clock.processKey(), clock.opd());
    events.publishEvent(new SlaClockChanged(clock.processInstanceId(), clock.processKey(), clock.opd(), clock.name(),
        event, actor, at, detail));
  }

  private String actor() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
  }

  private static String describe(WorkingTime left) {
    return "left: " + left.days() + " HK + " + left.officeTime();
  }

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
