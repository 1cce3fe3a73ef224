package id.alur.engine;

import java.util.Map;
import java.util.Optional;

/**
 * How long the engine keeps the history of each kind of process, in days, by the folder its model lives in
 * ({@code processes/<feature>/}); README.md "Retention" gives the reasons. Every process's
 * {@code historyTimeToLive} must say exactly this, so the policy is written once and kept by the models. The
 * audit trail is not engine history and is never cleaned up.
 */
public final class RetentionPolicy {

  /** Days of history per feature folder. */
  static final Map<String, Integer> DAYS = Map.of(
      "permit", 3650,
      "complaint", 1825,
      "budget", 3650,
      "handoff", 3650,
      // Test-only models (src/test/resources/processes/...).
      "platform", 30,
      "sla", 30,
      "formcheck", 30);

  private RetentionPolicy() {
  }

  /** The days a process under {@code processes/<feature>/} keeps its history, if the policy names the feature. */
  public static Optional<Integer> daysFor(String feature) {
    return Optional.ofNullable(DAYS.get(feature));
  }

  /** The feature folder of a model file ({@code processes/permit/X.bpmn} is {@code permit}). */
  static String featureOf(String resourceName) {
    String[] parts = resourceName.split("/");
    return parts.length >= 3 && "processes".equals(parts[parts.length - 3]) ? parts[parts.length - 2] : "";
  }

  /** Days in a {@code historyTimeToLive} ({@code P3650D} or {@code 3650}); empty when it is neither. */
  static Optional<Integer> days(String timeToLive) {
    String text = timeToLive.trim();
    try {
      if (text.matches("P\\d+D")) {
        return Optional.of(Integer.parseInt(text.substring(1, text.length() - 1)));
      }
      return Optional.of(Integer.parseInt(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
