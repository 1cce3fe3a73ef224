package id.alur.complaint;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>A deployed table never changes (a new version is a new definition), so its categories and its proposals are
 * kept per definition: evaluating the table costs a citizen's submission more than anything else it does (the FEEL
 * engine builds its built-in functions for every evaluation). The proposal is kept with the complaint and the case,
 * so the decision's own history adds nothing.
 */
@Service
public class ComplaintRoutes {

  static final String DECISION = "ComplaintRouting";
  private static final Pattern QUOTED = Pattern.compile("\"([a-z][a-z0-9_]{1,39})\"");
  /** Proposals kept per table at most: the table's inputs come from checked lists, this only bounds a surprise. */
  private static final int MAX_KEPT = 5_000;

  /** The routing table's proposal. */
  public record Route(String opd, Optional<String> externalAgency, Optional<String> tier, boolean confidential) {
  }

  /** Where a complaint is about, as far as routing needs it. */
  public record Subject(String category, Optional<String> roadStatus, boolean majorRiver, String kecamatanOpd) {
  }

  /** One deployed version of the table: its categories, and the proposals it has made. */
  private record Table(String definitionId, List<String> categories, Map<Subject, Route> proposals) {
  }

  private final DecisionService decisions;
  private final RepositoryService repository;
  private volatile Table table;

  ComplaintRoutes(DecisionService decisions, RepositoryService repository) {
    this.decisions = decisions;
    this.repository = repository;
  }

  /** The categories of the table, in its order. */
  public List<String> categories() {
    return latest().map(Table::categories).orElse(List.of());
  }

  /** The proposal for a category the table offers; empty for any other. */
  public Optional<Route> propose(Subject subject) {
    Optional<Table> latest = latest();
    if (latest.isEmpty() || !latest.get().categories().contains(subject.category())) {
      return Optional.empty();
    }
    Table current = latest.get();
    Route kept = current.proposals().get(subject);
    if (kept != null) {
      return Optional.of(kept);
    }
    Route route = evaluate(current.definitionId(), subject);
    if (current.proposals().size() < MAX_KEPT) {
      current.proposals().put(subject, route);
    }
    return Optional.of(route);
  }

  private Route evaluate(String definitionId, Subject subject) {
    Map<String, Object> inputs = new HashMap<>();
    inputs.put("category", subject.category());
    inputs.put("roadStatus", subject.roadStatus().orElse(null));
    inputs.put("majorRiver", subject.majorRiver());
    inputs.put("kecamatan", subject.kecamatanOpd());
    DmnDecisionResultEntries row = decisions.evaluateDecisionById(definitionId).variables(inputs).evaluate()
        .getFirstResult();
    if (row == null || !(row.get("opd") instanceof String opd) || opd.isBlank()) {
      throw new IllegalStateException("ComplaintRouting names no OPD for " + subject);
    }
    return new Route(opd, text(row, "externalAgency"), text(row, "tier"), Boolean.TRUE.equals(row.get("confidential")));
  }

  /** The latest deployed version of the table, read again only when a newer one is deployed. */
  private Optional<Table> latest() {
    DecisionDefinition definition = repository.createDecisionDefinitionQuery().decisionDefinitionKey(DECISION)
        .latestVersion().singleResult();
    if (definition == null) {
      return Optional.empty();
    }
    Table known = table;
    if (known == null || !known.definitionId().equals(definition.getId())) {
      known = new Table(definition.getId(), categoriesOf(definition.getId()), new ConcurrentHashMap<>());
      table = known;
    }
    return Optional.of(known);
  }

  private List<String> categoriesOf(String definitionId) {
    Collection<Rule> rules = repository.getDmnModelInstance(definitionId).getModelElementsByType(Rule.class);
    return rules.stream()
        .flatMap(rule -> rule.getInputEntries().stream().findFirst().stream())
        .map(InputEntry::getTextContent)
        .map(QUOTED::matcher)
        .filter(Matcher::matches)
        .map(matcher -> matcher.group(1))
        .distinct()
        .toList();
  }

  private static Optional<String> text(DmnDecisionResultEntries row, String column) {
    return Optional.ofNullable(row.get(column)).map(Object::toString).filter(value -> !value.isBlank());
  }
}
