package id.alur.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.lang.Nullable;

/**
 * What happened, to be recorded: who did it (a user id, or {@code system}), in which OPD, on which case, the
 * action ({@code TASK_COMPLETED}, {@code CASE_READ}, ...) and its details (small, already masked).
 */
public record AuditEvent(String actor, @Nullable String opd, @Nullable String caseNumber, String action,
    Map<String, Object> details) {

  public AuditEvent {
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }
}
