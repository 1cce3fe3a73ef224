package id.alur.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alur.form.FormField;
import id.alur.form.FormSchema;
import id.alur.form.FormSchemaReader;
import id.alur.form.MalformedFormException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.instance.Decision;

/**
 * The rules every executable model and form must meet before it is deployed (STYLE.md rules 1, 7 and 11):
 * meaningful element ids, one executable process per file named after it, an owner group, a form and a due
 * date on every user task, a history time to live on every process and decision, and form references that
 * resolve to a form of the same deployment.
 */
public class ModelConventions {

  /** {@code <Type>_<Name>}, both parts starting with a capital: {@code UserTask_CheckCompleteness}. */
  static final Pattern ELEMENT_ID = Pattern.compile("[A-Z][A-Za-z0-9]*_[A-Z][A-Za-z0-9]*");
  /** Process, decision and form ids are plain names: {@code PermitApplication}. */
  static final Pattern DEFINITION_ID = Pattern.compile("[A-Z][A-Za-z0-9]*");

  private final ObjectMapper json = new ObjectMapper();

  public List<ModelViolation> check(Collection<ModelResource> models) {
    List<ModelViolation> violations = new ArrayList<>();
    Map<String, ModelResource> formsById = new HashMap<>();
    Map<String, FormSchema> schemas = new HashMap<>();
    for (ModelResource form : models.stream().filter(ModelResource::isForm).toList()) {
      if (checkForm(form, formsById, violations)) {
        readForm(form, violations).ifPresent(schema -> schemas.putIfAbsent(schema.id(), schema));
      }
    }
    Map<String, ModelResource> dmnByName = new HashMap<>();
    models.stream().filter(ModelResource::isDmn).forEach(dmn -> dmnByName.put(dmn.baseName(), dmn));
    for (ModelResource model : models) {
      if (model.isBpmn()) {
        // Read once for both checks: reading validates against the BPMN schema, a good part of Alur's start.
        readBpmn(model, violations).ifPresent(bpmn -> {
          checkBpmn(model, bpmn, formsById, violations);
          checkFieldsAreRead(model, bpmn, schemas, dmnByName, violations);
        });
      } else if (model.isDmn()) {
        checkDmn(model, violations);
      }
    }
    return violations;
  }

  /** The form's id and name; false when the file is not even JSON. */
  private boolean checkForm(ModelResource form, Map<String, ModelResource> formsById,
      List<ModelViolation> violations) {
    JsonNode root;
    try {
      root = json.readTree(form.content());
    } catch (Exception e) {
      violations.add(ModelViolation.ofFile(form, "not valid JSON: " + e.getMessage()));
      return false;
    }
    String id = root.path("id").asText("");
    if (!id.equals(form.baseName())) {
      violations.add(ModelViolation.ofFile(form,
          "form id '" + id + "' must equal the file name '" + form.baseName() + "'"));
    }
    if (!DEFINITION_ID.matcher(id).matches()) {
      violations.add(ModelViolation.ofFile(form, "form id '" + id + "' is not a plain name like PermitCheck"));
    }
    ModelResource clash = formsById.putIfAbsent(id, form);
    if (clash != null) {
      violations.add(ModelViolation.ofFile(form, "form id '" + id + "' is also used by " + clash.name()));
    }
    return true;
  }

  /** Malformed forms fail here, with the file name and every problem (a deployment or the start). */
  private static Optional<FormSchema> readForm(ModelResource form, List<ModelViolation> violations) {
    try {
      return Optional.of(FormSchemaReader.read(form.name(), form.content()));
    } catch (MalformedFormException e) {
      e.problems().forEach(problem -> violations.add(ModelViolation.ofFile(form, problem)));
      return Optional.empty();
    }
  }

  /**
   * STYLE.md rule 7: a form's field keys are the process's variable names, so each one must be read by the
   * process: by an expression (a gateway's condition, an input mapping that hands it to a delegate), a
   * call activity's mapping, a decision's input, or another form of the process that shows it again. A
   * field nobody reads is a question the clerk answers for nothing, or a typo in a key.
   */
  private static void checkFieldsAreRead(ModelResource model, BpmnModelInstance bpmn, Map<String, FormSchema> schemas,
      Map<String, ModelResource> dmnByName, List<ModelViolation> violations) {
    VariableReads reads;
    try {
      reads = VariableReads.ofBpmn(model.content());
    } catch (RuntimeException e) {
      return;
    }
    for (BusinessRuleTask rule : bpmn.getModelElementsByType(BusinessRuleTask.class)) {
      Optional.ofNullable(rule.getCamundaDecisionRef()).map(dmnByName::get)
          .ifPresent(dmn -> reads.addDmn(dmn.content()));
    }
    Map<String, String> formOfElement = new LinkedHashMap<>();
    bpmn.getModelElementsByType(UserTask.class).forEach(task -> formOfElement.put(task.getId(), task.getCamundaFormRef()));
    bpmn.getModelElementsByType(StartEvent.class).forEach(start -> formOfElement.put(start.getId(), start.getCamundaFormRef()));
    formOfElement.values().removeIf(formRef -> formRef == null || !schemas.containsKey(formRef));
    formOfElement.forEach((elementId, formRef) -> {
      for (String key : writtenKeys(schemas.get(formRef))) {
        boolean shownElsewhere = formOfElement.entrySet().stream().anyMatch(other -> !other.getKey().equals(elementId)
            && !other.getValue().equals(formRef) && schemas.get(other.getValue()).keys().contains(key));
        if (!reads.reads(key) && !shownElsewhere) {
          violations.add(ModelViolation.of(model, elementId, "form field '" + key + "' of form " + formRef
              + " is never read: no expression, gateway, input mapping of a delegate, call activity,"
              + " decision or other form of this process uses it"));
        }
      }
    });
  }

  /** A read-only field shows a value; it writes nothing. */
  private static List<String> writtenKeys(FormSchema form) {
    return form.fields().stream().filter(field -> !field.readOnly()).map(FormField::key).toList();
  }

  private static Optional<BpmnModelInstance> readBpmn(ModelResource model, List<ModelViolation> violations) {
    try {
      return Optional.of(Bpmn.readModelFromStream(new ByteArrayInputStream(model.content())));
    } catch (RuntimeException e) {
      violations.add(ModelViolation.ofFile(model, "not a valid BPMN file: " + e.getMessage()));
      return Optional.empty();
    }
  }

  private void checkBpmn(ModelResource model, BpmnModelInstance bpmn, Map<String, ModelResource> formsById,
      List<ModelViolation> violations) {
    checkIds(model, bpmn, violations);
    List<Process> executable = bpmn.getModelElementsByType(Process.class).stream()
        .filter(Process::isExecutable).toList();
    if (executable.size() != 1) {
      violations.add(ModelViolation.ofFile(model,
          "a BPMN file holds exactly one executable process, found " + executable.size()));
    }
    for (Process process : executable) {
      if (!process.getId().equals(model.baseName())) {
        violations.add(ModelViolation.of(model, process.getId(),
            "process id must equal the file name '" + model.baseName() + "'"));
      }
      if (isBlank(process.getCamundaHistoryTimeToLiveString())) {
        violations.add(ModelViolation.of(model, process.getId(), "process has no camunda:historyTimeToLive"));
      } else {
        checkRetention(model, process, violations);
      }
    }
    for (UserTask task : bpmn.getModelElementsByType(UserTask.class)) {
      checkUserTask(model, task, formsById, violations);
    }
    for (StartEvent start : bpmn.getModelElementsByType(StartEvent.class)) {
      if (!isBlank(start.getCamundaFormKey())) {
        violations.add(ModelViolation.of(model, start.getId(), "use camunda:formRef, not camunda:formKey"));
      }
    }
  }

  /** The history is kept exactly as long as the retention policy says for the model's folder. */
  private static void checkRetention(ModelResource model, Process process, List<ModelViolation> violations) {
    String feature = RetentionPolicy.featureOf(model.name());
    if (feature.isEmpty()) {
      // A designer's file deployed from Modeler has no folder; its time to live is only required, see README.
      return;
    }
    Optional<Integer> policy = RetentionPolicy.daysFor(feature);
    Optional<Integer> days = RetentionPolicy.days(process.getCamundaHistoryTimeToLiveString());
    if (policy.isEmpty()) {
      violations.add(ModelViolation.of(model, process.getId(), "the retention policy (README.md, RetentionPolicy)"
          + " has no entry for processes/" + feature + "/"));
    } else if (!policy.equals(days)) {
      violations.add(ModelViolation.of(model, process.getId(), "camunda:historyTimeToLive must be P" + policy.get()
          + "D, as the retention policy says for processes/" + feature + "/"));
    }
  }

  private void checkIds(ModelResource model, BpmnModelInstance bpmn, List<ModelViolation> violations) {
    Definitions definitions = bpmn.getDefinitions();
    if (definitions.getId() != null && !ELEMENT_ID.matcher(definitions.getId()).matches()) {
      violations.add(ModelViolation.of(model, definitions.getId(), generatedIdProblem()));
    }
    for (BaseElement element : bpmn.getModelElementsByType(BaseElement.class)) {
      String id = element.getId();
      if (id == null) {
        continue;
      }
      Pattern expected = element instanceof Process ? DEFINITION_ID : ELEMENT_ID;
      if (!expected.matcher(id).matches()) {
        violations.add(ModelViolation.of(model, id, element instanceof Process
            ? "process id must be a plain name like PermitApplication"
            : generatedIdProblem()));
      }
    }
  }

  private static String generatedIdProblem() {
    return "id looks generated or unnamed: use <Type>_<Name>, e.g. UserTask_CheckCompleteness";
  }

  private void checkUserTask(ModelResource model, UserTask task, Map<String, ModelResource> formsById,
      List<ModelViolation> violations) {
    String id = task.getId();
    if (isBlank(task.getCamundaCandidateGroups())) {
      violations.add(ModelViolation.of(model, id, "user task has no candidate group (owner)"));
    }
    if (isBlank(task.getCamundaDueDate())) {
      violations.add(ModelViolation.of(model, id, "user task has no due date"));
    }
    if (!isBlank(task.getCamundaFormKey())) {
      violations.add(ModelViolation.of(model, id, "use camunda:formRef, not camunda:formKey"));
    }
    String formRef = task.getCamundaFormRef();
    if (isBlank(formRef)) {
      violations.add(ModelViolation.of(model, id, "user task has no form (camunda:formRef)"));
      return;
    }
    if (!"deployment".equals(task.getCamundaFormRefBinding())) {
      violations.add(ModelViolation.of(model, id, "camunda:formRefBinding must be \"deployment\""));
    }
    if (!formsById.containsKey(formRef)) {
      violations.add(ModelViolation.of(model, id, "formRef '" + formRef + "' names no form under forms/"));
    }
  }

  private void checkDmn(ModelResource model, List<ModelViolation> violations) {
    DmnModelInstance dmn;
    try {
      dmn = Dmn.readModelFromStream(new ByteArrayInputStream(model.content()));
    } catch (RuntimeException e) {
      violations.add(ModelViolation.ofFile(model, "not a valid DMN file: " + e.getMessage()));
      return;
    }
    boolean named = false;
    for (Decision decision : dmn.getModelElementsByType(Decision.class)) {
      named |= decision.getId().equals(model.baseName());
      if (!DEFINITION_ID.matcher(decision.getId()).matches()) {
        violations.add(ModelViolation.of(model, decision.getId(),
            "decision id must be a plain name like PermitServiceStandard"));
      }
      if (isBlank(decision.getCamundaHistoryTimeToLiveString())) {
        violations.add(ModelViolation.of(model, decision.getId(), "decision has no camunda:historyTimeToLive"));
      }
    }
    if (!named) {
      violations.add(ModelViolation.ofFile(model, "no decision has the file's name '" + model.baseName() + "'"));
    }
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
