package id.alur.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.parser.ResourceReportImpl;

/**
 * A deployment refused by {@link DeploymentCheck}. A {@link ParseException}, so that Camunda's REST API
 * answers 400 with one report per file, each problem with the element it concerns.
 */
public class ModelCheckFailedException extends ParseException {

  private static final long serialVersionUID = 1L;

  private final transient List<ModelViolation> violations;

  ModelCheckFailedException(List<ModelViolation> violations) {
    super("Deployment refused, " + violations.size() + " problem(s): "
        + violations.stream().map(ModelViolation::toString).collect(Collectors.joining("; ")),
        violations.get(0).resource(), List.of(), List.of());
    this.violations = List.copyOf(violations);
    Map<String, List<Problem>> byResource = new LinkedHashMap<>();
    for (ModelViolation violation : violations) {
      byResource.computeIfAbsent(violation.resource(), resource -> new ArrayList<>())
          .add(new ModelProblem(violation));
    }
    List<ResourceReport> reports = new ArrayList<>();
    byResource.forEach((resource, problems) -> reports.add(new ResourceReportImpl(resource, problems, List.of())));
    this.resorceReports = reports;
  }

  public List<ModelViolation> violations() {
    return violations;
  }

  private record ModelProblem(ModelViolation violation) implements Problem {

    @Override
    public String getMessage() {
      return violation.problem();
    }

    @Override
    public int getLine() {
      return 0;
    }

    @Override
    public int getColumn() {
      return 0;
    }

    @Override
    public String getMainElementId() {
      return violation.elementId().isEmpty() ? null : violation.elementId();
    }

    @Override
    public List<String> getElementIds() {
      return violation.elementId().isEmpty() ? List.of() : List.of(violation.elementId());
    }
  }
}
