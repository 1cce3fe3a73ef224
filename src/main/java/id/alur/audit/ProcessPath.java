package id.alur.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.lang.Nullable;
import org.springframework.stereotype.Component;

/**
 * The path a case took through its process model, from the engine's history: every activity it passed (or
 * is in), when, how long it stayed, who held a task; and the model itself, to draw the path on. Empty once
 * the engine's history of the case has been cleaned up (retention); the audit trail stays.
 */
@Component
class ProcessPath {

  /** Far more steps than any case takes; the engine refuses unpaged queries of an authenticated user. */
  private static final int MAX_STEPS = 2000;

  private final HistoryService history;
  private final RepositoryService repository;

  ProcessPath(HistoryService history, RepositoryService repository) {
    this.history = history;
    this.repository = repository;
  }

  /**
   * One visit of an activity: how long it took, or for one still running ({@code active}) how long it has
   * lasted so far. Sub-process and call-activity steps are listed under their own ids.
   */
  record Step(String activityId, @Nullable String name, String type, Instant startedAt, @Nullable Instant endedAt,
      @Nullable Long seconds, boolean active, boolean canceled, @Nullable String assignee) {
  }

  List<Step> of(@Nullable String processInstanceId) {
    if (processInstanceId == null) {
      return List.of();
    }
    return history.createHistoricActivityInstanceQuery().processInstanceId(processInstanceId)
        .orderByHistoricActivityInstanceStartTime().asc().orderPartiallyByOccurrence().asc()
        .listPage(0, MAX_STEPS).stream().map(ProcessPath::step).toList();
  }

  /** The BPMN XML of the model version the case runs on, if its history is still there. */
  Optional<String> diagram(@Nullable String processInstanceId) {
    if (processInstanceId == null) {
      return Optional.empty();
    }
    HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
        .processInstanceId(processInstanceId).singleResult();
    if (instance == null) {
      return Optional.empty();
    }
    try (InputStream model = repository.getProcessModel(instance.getProcessDefinitionId())) {
      return Optional.of(new String(model.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Step step(HistoricActivityInstance activity) {
    Instant started = activity.getStartTime().toInstant();
    Instant ended = activity.getEndTime() == null ? null : activity.getEndTime().toInstant();
    // A step still running has lasted until now (the engine's clock, which process tests move).
    Long seconds = activity.getDurationInMillis() != null ? Long.valueOf(activity.getDurationInMillis() / 1000)
        : ended == null ? Long.valueOf(Duration.between(started, ClockUtil.getCurrentTime().toInstant()).toSeconds())
        : null;
    return new Step(activity.getActivityId(), activity.getActivityName(), activity.getActivityType(),
        started, ended, seconds, ended == null, activity.isCanceled(),
        activity.getAssignee());
  }
}
