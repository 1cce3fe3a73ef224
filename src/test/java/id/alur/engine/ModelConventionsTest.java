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
          .replace(" camunda:historyTimeToLive=\"P180D\"", "");
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

  private List<String> problems(ModelResource... models) {
    return conventions.check(List.of(models)).stream()
        .map(violation -> violation.toString().substring(violation.resource().length() + 1))
        .toList();
  }

  static ModelResource bpmn(String fileId, String xml) {
    return new ModelResource("processes/test/" + fileId + ".bpmn", xml.getBytes(StandardCharsets.UTF_8));
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
          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="P180D">
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
