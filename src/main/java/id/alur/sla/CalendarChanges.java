package id.alur.sla;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * An admin adds, changes or removes a holiday (18 August 2025 was declared cuti bersama eleven days before),
 * and everything counting across that day moves in the same transaction: running SLA clocks, the timers and
 * task dates that models computed with {@code sla.due}. The new calendar is published once it has committed.
 */
@Service
public class CalendarChanges {

  /** A change and what it moved. */
  public record Result(LocalDate date, Optional<Holiday> holiday, int clocksMoved, int timersMoved,
      int tasksMoved) {
  }

  private final ApplicationEventPublisher events;
  private final CalendarStore store;
  private final SlaClocks clocks;
  private final Deadlines deadlines;
  private final SlaSettings settings;

  CalendarChanges(CalendarStore store, SlaClocks clocks, Deadlines deadlines, SlaSettings settings,
      ApplicationEventPublisher events) {
    this.events = events;
    this.store = store;
    this.clocks = clocks;
    this.deadlines = deadlines;
    this.settings = settings;
  }

  @Transactional
  public Result put(Holiday holiday, String actor) {
    store.save(holiday, actor, SlaClocks.now());
    return moveAcross(holiday.date(), Optional.of(holiday), actor, "holiday " + holiday.date() + " set");
  }

  /** Empty when the date was no holiday. */
  @Transactional
  public Optional<Result> remove(LocalDate date, String actor) {
    if (!store.delete(date)) {
      return Optional.empty();
    }
    return Optional.of(moveAcross(date, Optional.empty(), actor, "holiday " + date + " removed"));
  }

  /**
   * Gives an OPD hours of its own ({@code days}: a span like {@code 07:30-16:00}, {@code ""} for closed,
   * absent for the city's hours), or 24/7; its running clocks and its deadlines still ahead move.
   */
  @Transactional
  public int setOfficeHours(String opd, boolean alwaysOpen, Map<DayOfWeek, String> days, String breakHours,
      String actor) {
    store.saveOpdHours(opd, alwaysOpen, days, breakHours, actor);
    return moveOf(opd, actor, "office hours of " + opd + " changed");
  }

  /** The OPD keeps the city's hours again; false when it had none of its own. */
  @Transactional
  public Optional<Integer> resetOfficeHours(String opd, String actor) {
    if (!store.deleteOpdHours(opd)) {
      return Optional.empty();
    }
    return Optional.of(moveOf(opd, actor, "office hours of " + opd + " reset to the city's"));
  }

  /** Returns how many clocks, timers and tasks moved. */
  private int moveOf(String opd, String actor, String reason) {
    CalendarSnapshot snapshot = store.load();
    int clocksMoved = clocks.moveOf(opd, snapshot, actor, reason);
    Deadlines.Moved moved = deadlines.moveOf(opd, SlaClocks.now(), snapshot);
    events.publishEvent(new CalendarChanged(actor, reason, clocksMoved + moved.timers() + moved.tasks()));
    publishAfterCommit(snapshot);
    return clocksMoved + moved.timers() + moved.tasks();
  }

  private void publishAfterCommit(CalendarSnapshot snapshot) {
    TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
      @Override
      public void afterCommit() {
        store.publish(snapshot);
      }
    });
  }

  private Result moveAcross(LocalDate date, Optional<Holiday> holiday, String actor, String reason) {
    CalendarSnapshot snapshot = store.load();
    Instant from = date.atStartOfDay(settings.zone()).toInstant();
    Instant to = date.plusDays(1).atStartOfDay(settings.zone()).toInstant();
    int clocksMoved = clocks.moveAcross(from, to, snapshot, actor, reason);
    Deadlines.Moved moved = deadlines.moveAcross(from, to, snapshot);
    events.publishEvent(new CalendarChanged(actor, reason, clocksMoved + moved.timers() + moved.tasks()));
    publishAfterCommit(snapshot);
    return new Result(date, holiday, clocksMoved, moved.timers(), moved.tasks());
  }
}
