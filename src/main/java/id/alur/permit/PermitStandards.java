package id.alur.permit;

import id.alur.identity.OpdDirectory;
import id.alur.permit.PermitApplicationProcess.FeeRule;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.engine.DmnDecisionResult;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DecisionDefinition;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.InputEntry;
import org.camunda.bpm.model.dmn.instance.Rule;
import org.springframework.stereotype.Service;

/**
 * Reads the deployed DMN table {@code PermitServiceStandard}, so that what DPMPTSP offers and on what terms is
 * what the designer last deployed: the permit types are the table's rows, and each type's standard is the
 * table's answer for it. A row the code cannot work with (an unknown OPD, a number code that is not three
 * capital letters, an unknown fee rule) fails loudly instead of issuing a permit on a guess.
 */
@Service
public class PermitStandards {

  private static final Pattern QUOTED = Pattern.compile("\"([A-Z][A-Z0-9_]{1,39})\"");
  private static final Pattern NUMBER_CODE = Pattern.compile("[A-Z]{3}");

  private final DecisionService decisions;
  private final RepositoryService repository;
  private final OpdDirectory opds;

  PermitStandards(DecisionService decisions, RepositoryService repository, OpdDirectory opds) {
    this.decisions = decisions;
    this.repository = repository;
    this.opds = opds;
  }

  /** The permit types the table offers, in its order. */
  public List<String> types() {
    DecisionDefinition definition = repository.createDecisionDefinitionQuery()
        .decisionDefinitionKey(PermitApplicationProcess.STANDARD_DECISION).latestVersion().singleResult();
    if (definition == null) {
      return List.of();
    }
    DmnModelInstance model = repository.getDmnModelInstance(definition.getId());
    Collection<Rule> rules = model.getModelElementsByType(Rule.class);
    return rules.stream()
        .flatMap(rule -> rule.getInputEntries().stream().findFirst().stream())
        .map(InputEntry::getTextContent)
        .map(QUOTED::matcher)
        .filter(java.util.regex.Matcher::matches)
        .map(matcher -> matcher.group(1))
        .distinct()
        .toList();
  }

  /** The standard of a type the table offers; empty for any other. */
  public Optional<PermitStandard> of(String permitType) {
    if (!types().contains(permitType)) {
      return Optional.empty();
    }
    DmnDecisionResult result = decisions.evaluateDecisionByKey(PermitApplicationProcess.STANDARD_DECISION)
        .variables(Map.of(PermitApplicationProcess.PERMIT_TYPE, permitType))
        .evaluate();
    if (result.size() != 1) {
      throw new IllegalStateException("PermitServiceStandard gives " + result.size() + " rows for " + permitType);
    }
    return Optional.of(toStandard(permitType, result.getSingleResult()));
  }

  private PermitStandard toStandard(String permitType, DmnDecisionResultEntries row) {
    String numberCode = required(row, "numberCode", permitType);
    if (!NUMBER_CODE.matcher(numberCode).matches()) {
      throw new IllegalStateException("PermitServiceStandard: numberCode of " + permitType
          + " must be three capital letters, is " + numberCode);
    }
    String technicalOpd = required(row, "technicalOpd", permitType);
    if (!opds.exists(technicalOpd) || PermitSteps.FRONT_OFFICE.equals(technicalOpd)) {
      // The front office hands the review over; it cannot hand a case to itself.
      throw new IllegalStateException("PermitServiceStandard: technicalOpd of " + permitType
          + " must be an OPD other than " + PermitSteps.FRONT_OFFICE + ", is " + technicalOpd);
    }
    Number days = (Number) row.get("slaWorkingDays");
    if (days != null && (days.intValue() < 1 || days.intValue() > 365)) {
      throw new IllegalStateException("PermitServiceStandard: slaWorkingDays of " + permitType + " is " + days);
    }
    FeeRule fee = FeeRule.valueOf(required(row, "feeRule", permitType).toUpperCase(Locale.ROOT));
    Object survey = row.get("surveyRequired");
    return new PermitStandard(permitType, required(row, "permitTypeName", permitType), numberCode,
        days == null ? PermitStandard.STATUTORY_WORKING_DAYS : days.intValue(), technicalOpd,
        Boolean.TRUE.equals(survey), fee, Optional.ofNullable((String) row.get("requiredDocuments")).orElse(""));
  }

  private static String required(DmnDecisionResultEntries row, String column, String permitType) {
    Object value = row.get(column);
    if (!(value instanceof String text) || text.isBlank()) {
      throw new IllegalStateException("PermitServiceStandard: " + column + " of " + permitType + " is empty");
    }
    return text;
  }
}
