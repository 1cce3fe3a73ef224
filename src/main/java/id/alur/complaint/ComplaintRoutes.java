package id.alur.complaint;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Service;

/**
 * What the deployed table {@code ComplaintRouting} proposes for a complaint: the OPD, the outside agency when the
 * matter is not the city's, a tier and confidentiality where the category fixes them. The categories citizens may
 * choose are the table's.
 */
@Service
public class ComplaintRoutes {

  static final String DECISION = "ComplaintRouting";
  private static final Pattern QUOTED = Pattern.compile("\"([a-z][a-z0-9_]{1,39})\"");

  /** The routing table's proposal. */
  public record Route(String opd, Optional<String> externalAgency, Optional<String> tier, boolean confidential) {
  }

  /** Where a complaint is about, as far as routing needs it. */
  public record Subject(String category, Optional<String> roadStatus, boolean majorRiver, String kecamatanOpd) {
  }

  private final DecisionService decisions;
  private final RepositoryService repository;

  ComplaintRoutes(DecisionService decisions, RepositoryService repository) {
    this.decisions = decisions;
    this.repository = repository;
  }

  /** The categories of the table, in its order. */
  public List<String> categories() {
    DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
        .latestVersion().singleResult();
    if (definition == null) {
      return List.of();
    }
    Collection<Rule> rules = repository.getDmnModelInstance(definition.getId()).getModelElementsByType(Rule.class);
    return rules.stream()
        .flatMap(rule -> rule.getInputEntries().stream().findFirst().stream())
        .map(InputEntry::getTextContent)
        .map(QUOTED::matcher)
        .filter(Matcher::matches)
        .map(matcher -> matcher.group(1))
        .distinct()
        .toList();
  }

  /** The proposal for a category the table offers; empty for any other. */
  public Optional<Route> propose(Subject subject) {
    if (!categories().contains(subject.category())) {
      return Optional.empty();
    }
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("category", subject.category());
    inputs.put("roadStatus", subject.roadStatus().orElse(null));
    inputs.put("majorRiver", subject.majorRiver());
    inputs.put("kecamatan", subject.kecamatanOpd());
    DmnDecisionResultEntries row = decisions.evaluateDecisionByKey(DECISION).variables(inputs).evaluate()
        .getFirstResult();
    if (row == null || !(row.get("opd") instanceof String opd) || opd.isBlank()) {
      throw new IllegalStateException("ComplaintRouting names no OPD for " + subject);
    }
    return Optional.of(new Route(opd, text(row, "externalAgency"), text(row, "tier"),
        Boolean.TRUE.equals(row.get("confidential"))));
  }

  private static Optional<String> text(DmnDecisionResultEntries row, String column) {
    return Optional.ofNullable(row.get(column)).map(Object::toString).filter(value -> !value.isBlank());
  }
}
