package id.alur.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.lang.Nullable;

/**
 * What happened, to be recorded: who did it (a user id, or {@code system}; cut to the trail's 100 characters,
 * since a refused login's name is whatever was typed), in which OPD, on which case, the action
 * ({@code TASK_COMPLETED}, {@code CASE_READ}, ...) and its details (small, already masked).
 */
public record AuditEvent(String actor, @Nullable String opd, @Nullable String caseNumber, String action,
    Map<String, Object> details) {

  private static final int MAX_ACTOR = 100;

  public AuditEvent {
    actor = actor.length() > MAX_ACTOR ? actor.substring(0, MAX_ACTOR) : actor;
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }
}
