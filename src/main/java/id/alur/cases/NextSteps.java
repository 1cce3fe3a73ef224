package id.alur.cases;

import java.util.Optional;

/**
 * Implemented by each service (permits, complaints) for the cases it carries, so that the one public status
 * page of {@code id.alur.citizen} can tell every citizen what comes next without knowing the services.
 */
public interface NextSteps {

  /** The service's case prefix ({@code PRM}). */
  String prefix();

  Optional<NextStep> of(CaseFile caseFile);
}
