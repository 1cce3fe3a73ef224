package id.alur.engine;

import java.util.List;
import java.util.stream.Collectors;

/** Models that break the conventions: the message lists every problem, one a line. */
public class InvalidModelsException extends RuntimeException {

  private final transient List<ModelViolation> violations;

  public InvalidModelsException(List<ModelViolation> violations) {
    super("Models break the conventions:\n" + violations.stream().map(ModelViolation::toString)
        .collect(Collectors.joining("\n")));
    this.violations = List.copyOf(violations);
  }

  public List<ModelViolation> violations() {
    return violations;
  }
}
