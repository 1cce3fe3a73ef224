package id.alur.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ModelConventionsTest {

  private final ModelConventions conventions = new ModelConventions();

  @Test
  @DisplayName("every file under processes/ and forms/ (and the test models) is deployable and meets the conventions")
  void repositoryModelsMeetTheConventions() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String root : List.of("processes", "forms", "src/test/resources/processes", "src/test/resources/forms")) {
      Path dir = Path.of(root);
      if (Files.isDirectory(dir)) {
        try (Stream<Path> walk = Files.walk(dir)) {
          walk.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().equals(".gitkeep"))
              .forEach(files::add);
        }
      }
    }
    List<ModelResource> models = new ArrayList<>();
    for (Path file : files) {
      ModelResource model = new ModelResource(file.toString(), Files.readAllBytes(file));
      assertThat(model.isBpmn() || model.isDmn() || model.isForm())
          .as("%s is neither .bpmn, .dmn nor .form and would not be deployed", file).isTrue();
      models.add(model);
    }

    assertThat(models).as("the test model at least").isNotEmpty();
    assertThat(conventions.check(models)).isEmpty();
    assertThat(ModelResources.onClassPath().load()).extracting(ModelResource::name)
        .contains("processes/platform/PlatformSmokeTest.bpmn", "forms/platform/PlatformSmokeTestReview.form");
  }

  @Nested
  @DisplayName("fails on")
  class Failures {

    @Test
    void modelerGeneratedIds() {
      String bpmn = process("Approval", userTask("Activity_0x3f2ab", "dcktr", "ApprovalForm", "${due}"))
          .replace("Flow_ToTask", "Flow_1k2j3h4");
      assertThat(problems(bpmn("Approval", bpmn), form("ApprovalForm")))
          .contains("[Activity_0x3f2ab]: id looks generated or unnamed: use <Type>_<Name>, e.g. UserTask_CheckCompleteness",
              "[Flow_1k2j3h4]: id looks generated or unnamed: use <Type>_<Name>, e.g. UserTask_CheckCompleteness");
    }

    @Test
    void userTaskWithoutCandidateGroup() {
      assertThat(problems(bpmn("Approval", process("Approval", userTask("UserTask_Approve", null, "ApprovalForm", "${due}"))),
          form("ApprovalForm")))
          .containsExactly("[UserTask_Approve]: user task has no candidate group (owner)");
    }

    @Test
    void userTaskWithoutForm() {
      assertThat(problems(bpmn("Approval", process("Approval", userTask("UserTask_Approve", "dcktr", null, "${due}")))))
          .containsExactly("[UserTask_Approve]: user task has no form (camunda:formRef)");
    }

    @Test
    void userTaskWithoutDueDate() {
      assertThat(problems(bpmn("Approval", process("Approval", userTask("UserTask_Approve", "dcktr", "ApprovalForm", null))),
          form("ApprovalForm")))
          .containsExactly("[UserTask_Approve]: user task has no due date");
    }

    @Test
    void processWithoutHistoryTimeToLive() {
      String bpmn = process("Approval", userTask("UserTask_Approve", "dcktr", "ApprovalForm", "${due}"))
          .replace(" camunda:historyTimeToLive=\"P3650D\"", "");
      assertThat(problems(bpmn("Approval", bpmn), form("ApprovalForm")))
          .containsExactly("[Approval]: process has no camunda:historyTimeToLive");
    }

    @Test
    void formRefWithoutForm() {
      assertThat(problems(bpmn("Approval", process("Approval", userTask("UserTask_Approve", "dcktr", "MissingForm", "${due}")))))
          .containsExactly("[UserTask_Approve]: formRef 'MissingForm' names no form under forms/");
    }

    @Test
    void formRefNotBoundToTheDeployment() {
      String bpmn = process("Approval", userTask("UserTask_Approve", "dcktr", "ApprovalForm", "${due}"))
          .replace("camunda:formRefBinding=\"deployment\"", "camunda:formRefBinding=\"latest\"");
      assertThat(problems(bpmn("Approval", bpmn), form("ApprovalForm")))
          .containsExactly("[UserTask_Approve]: camunda:formRefBinding must be \"deployment\"");
    }

    @Test
    void processNotNamedLikeItsFile() {
      assertThat(problems(bpmn("Other", process("Approval", userTask("UserTask_Approve", "dcktr", "ApprovalForm", "${due}"))),
          form("ApprovalForm")))
          .containsExactly("[Approval]: process id must equal the file name 'Other'");
    }

    @Test
    @DisplayName("a history time to live other than the retention policy's for the folder is refused")
    void historyKeptLongerOrShorterThanThePolicy() {
      String task = userTask("UserTask_Approve", "dcktr", "ApprovalForm", "${due}");
      assertThat(problems(bpmn("Approval", process("Approval", task).replace("P3650D", "P30D")), form("ApprovalForm")))
          .containsExactly("[Approval]: camunda:historyTimeToLive must be P3650D, as the retention policy says for"
              + " processes/permit/");
      ModelResource elsewhere = new ModelResource("processes/parking/Approval.bpmn",
          process("Approval", task).getBytes(StandardCharsets.UTF_8));
      assertThat(problems(elsewhere, form("ApprovalForm"))).containsExactly(
          "[Approval]: the retention policy (README.md, RetentionPolicy) has no entry for processes/parking/");
    }

    @Test
    void formWhoseIdIsNotItsFileName() {
      ModelResource form = new ModelResource("forms/x/ApprovalForm.form",
          "{\"id\": \"Form_0abc123\", \"components\": []}".getBytes(StandardCharsets.UTF_8));
      assertThat(conventions.check(List.of(form))).extracting(ModelViolation::problem)
          .contains("form id 'Form_0abc123' must equal the file name 'ApprovalForm'");
    }

    @Test
    void decisionWithoutHistoryTimeToLive() {
      String dmn = """
          <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Fee" name="Fee"
                       namespace="https://alur.id/dmn">
            <decision id="FeeRule" name="Fee">
              <decisionTable id="DecisionTable_Fee">
                <input id="Input_Type"><inputExpression id="InputExpression_Type" typeRef="string"><text>type</text></inputExpression></input>
                <output id="Output_Fee" name="fee" typeRef="integer"/>
              </decisionTable>
            </decision>
          </definitions>""";
      ModelResource model = new ModelResource("processes/x/FeeRule.dmn", dmn.getBytes(StandardCharsets.UTF_8));
      assertThat(conventions.check(List.of(model))).extracting(ModelViolation::toString)
          .containsExactly("processes/x/FeeRule.dmn [FeeRule]: decision has no camunda:historyTimeToLive");
    }
  }

  @Nested
  @DisplayName("form fields are the process's variables (STYLE.md rule 7)")
  class FormFields {

    private final ModelResource reviewForm = formWith("ReviewForm", """
        {"id": "approved", "key": "approved", "type": "checkbox", "label": "Disetujui"},
        {"id": "note", "key": "note", "type": "textarea", "label": "Catatan"}""");

    private ModelResource approval(String extra) {
      String task = userTask("UserTask_Approve", "dcktr", "ReviewForm", "${due}");
      return bpmn("Approval", process("Approval", task).replace("<bpmn:endEvent id=\"EndEvent_Done\"/>",
          "<bpmn:endEvent id=\"EndEvent_Done\"/>" + extra));
    }

    @Test
    @DisplayName("a field the process never reads is refused, naming the task, the form and the field")
    void unreadField() {
      assertThat(problems(approval(""), reviewForm)).containsExactlyInAnyOrder(
          "[UserTask_Approve]: form field 'approved' of form ReviewForm is never read: no expression, gateway,"
              + " input mapping of a delegate, call activity, decision or other form of this process uses it",
          "[UserTask_Approve]: form field 'note' of form ReviewForm is never read: no expression, gateway,"
              + " input mapping of a delegate, call activity, decision or other form of this process uses it");
    }

    @Test
    @DisplayName("read by a condition, or handed to a delegate by an input mapping")
    void readByExpressions() {
      String reads = """
          <bpmn:sequenceFlow id="Flow_Check" sourceRef="EndEvent_Done" targetRef="EndEvent_Done">
            <bpmn:conditionExpression>${approved &amp;&amp; x != 'note'}</bpmn:conditionExpression>
          </bpmn:sequenceFlow>""";
      assertThat(problems(approval(reads), reviewForm)).singleElement().asString().contains("'note'");
      String mapping = """
          <bpmn:serviceTask id="ServiceTask_Record" camunda:delegateExpression="${recordNoteDelegate}">
            <bpmn:extensionElements><camunda:inputOutput>
              <camunda:inputParameter name="text">${note}</camunda:inputParameter>
            </camunda:inputOutput></bpmn:extensionElements>
          </bpmn:serviceTask>""";
      assertThat(problems(approval(reads + mapping), reviewForm)).isEmpty();
    }

    @Test
    @DisplayName("read by a decision's input or shown again on another task's form")
    void readByDecisionOrLaterForm() {
      String decision = "<bpmn:businessRuleTask id=\"BusinessRuleTask_Decide\" camunda:decisionRef=\"NoteRule\"/>";
      String dmn = """
          <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_NoteRule" name="Note"
                       namespace="https://alur.id/dmn" xmlns:camunda="http://camunda.org/schema/1.0/dmn">
            <decision id="NoteRule" name="Note" camunda:historyTimeToLive="P180D">
              <decisionTable id="DecisionTable_Note">
                <input id="Input_Approved"><inputExpression id="InputExpression_Approved" typeRef="boolean">
                  <text>approved</text></inputExpression></input>
                <output id="Output_Next" name="next" typeRef="string"/>
              </decisionTable>
            </decision>
          </definitions>""";
      String confirm = userTask("UserTask_Confirm", "dcktr-head", "ConfirmForm", "${due}");
      ModelResource confirmForm = formWith("ConfirmForm",
          "{\"id\": \"note\", \"key\": \"note\", \"type\": \"textarea\", \"readonly\": true}");
      assertThat(problems(approval(decision + confirm), reviewForm, confirmForm,
          new ModelResource("processes/test/NoteRule.dmn", dmn.getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    @DisplayName("a malformed form refuses the deployment with the file name")
    void malformedForm() {
      ModelResource broken = formWith("ReviewForm", "{\"id\": \"up\", \"key\": \"upload\", \"type\": \"filepicker\"}");
      assertThat(conventions.check(List.of(broken))).extracting(ModelViolation::toString).containsExactly(
          "forms/test/ReviewForm.form: upload: field type 'filepicker' is not supported: documents are uploaded"
              + " to the case, not stored as variables");
    }

    private static ModelResource formWith(String id, String components) {
      return new ModelResource("forms/test/" + id + ".form", ("{\"id\": \"" + id + "\", \"type\": \"default\","
          + " \"components\": [" + components + "]}").getBytes(StandardCharsets.UTF_8));
    }
  }

  private List<String> problems(ModelResource... models) {
    return conventions.check(List.of(models)).stream()
        .map(violation -> violation.toString().substring(violation.resource().length() + 1))
        .toList();
  }

  static ModelResource bpmn(String fileId, String xml) {
    return new ModelResource("processes/permit/" + fileId + ".bpmn", xml.getBytes(StandardCharsets.UTF_8));
  }

  static ModelResource form(String id) {
    return new ModelResource("forms/test/" + id + ".form",
        ("{\"id\": \"" + id + "\", \"type\": \"default\", \"components\": []}").getBytes(StandardCharsets.UTF_8));
  }

  static String userTask(String id, String group, String formRef, String dueDate) {
    return "<bpmn:userTask id=\"" + id + "\" name=\"Setujui\""
        + (group == null ? "" : " camunda:candidateGroups=\"" + group + "\"")
        + (formRef == null ? "" : " camunda:formRef=\"" + formRef + "\" camunda:formRefBinding=\"deployment\"")
        + (dueDate == null ? "" : " camunda:dueDate=\"" + dueDate + "\"")
        + "/>";
  }

  static String process(String id, String userTask) {
    String taskId = userTask.replaceAll("(?s).*?id=\"([^\"]+)\".*", "$1");
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          id="Definitions_Test" targetNamespace="https://alur.id/bpmn/test">
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P3650D">
            <bpmn:startEvent id="StartEvent_Received"/>
            <bpmn:sequenceFlow id="Flow_ToTask" sourceRef="StartEvent_Received" targetRef="%s"/>
            %s
            <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="%s" targetRef="EndEvent_Done"/>
            <bpmn:endEvent id="EndEvent_Done"/>
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(id, taskId, userTask, taskId);
  }
}
