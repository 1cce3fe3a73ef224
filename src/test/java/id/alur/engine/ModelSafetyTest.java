package id.alur.engine;

import static id.alur.engine.ModelConventionsTest.bpmn;
import static id.alur.engine.ModelConventionsTest.process;
import static id.alur.engine.ModelConventionsTest.userTask;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ModelSafetyTest {

  private final ModelSafety safety = new ModelSafety(Set.of("sla"));

  @Test
  @DisplayName("allows reading variables, the engine's functions and the allow-listed beans")
  void allowsWhatModelsNeed() {
    String task = userTask("UserTask_Approve", "${opd}", "ApprovalForm", "${dateTime().plusDays(2).toDate()}")
        .replace("/>", " camunda:followUpDate=\"${sla.due('5HK')}\"/>");
    String model = process("Approval", task)
        .replace("<bpmn:sequenceFlow id=\"Flow_ToEnd\"", "<bpmn:sequenceFlow id=\"Flow_ToEnd\" name=\"${applicant.name}\"")
        .replace("<bpmn:endEvent id=\"EndEvent_Done\"/>", """
            <bpmn:endEvent id="EndEvent_Done">
              <bpmn:extensionElements>
                <camunda:executionListener event="end" expression="${execution.setVariable('done', approved and not empty note)}"/>
                <camunda:executionListener event="end" delegateExpression="${sla}"/>
                <camunda:executionListener event="end" class="id.alur.sla.StopClockDelegate"/>
              </bpmn:extensionElements>
            </bpmn:endEvent>""");
    assertThat(safety.check(List.of(bpmn("Approval", model)))).isEmpty();
  }

  @Nested
  @DisplayName("refuses")
  class Refusals {

    @Test
    void scriptTasks() {
      assertThat(problems(withElement("<bpmn:scriptTask id=\"ScriptTask_Run\" scriptFormat=\"javascript\">"
          + "<bpmn:script>java.lang.Runtime.getRuntime().exec('id')</bpmn:script></bpmn:scriptTask>")))
          .containsExactly("[ScriptTask_Run]: script tasks are not allowed");
    }

    @Test
    void scriptListeners() {
      assertThat(problems(withListener("<camunda:executionListener event=\"end\">"
          + "<camunda:script scriptFormat=\"groovy\">println 'x'</camunda:script></camunda:executionListener>")))
          .containsExactly("[EndEvent_Done]: scripts (camunda:script) are not allowed");
    }

    @Test
    void conditionsInAScriptLanguage() {
      String model = process("Approval", userTask("UserTask_Approve", "dcktr", "ApprovalForm", "${due}"))
          .replace("<bpmn:sequenceFlow id=\"Flow_ToEnd\" sourceRef=\"UserTask_Approve\" targetRef=\"EndEvent_Done\"/>",
              "<bpmn:sequenceFlow id=\"Flow_ToEnd\" sourceRef=\"UserTask_Approve\" targetRef=\"EndEvent_Done\">"
                  + "<bpmn:conditionExpression language=\"groovy\">true</bpmn:conditionExpression></bpmn:sequenceFlow>");
      assertThat(problems(model)).containsExactly("[Flow_ToEnd]: script languages ('groovy') are not allowed");
    }

    @Test
    void beansOutsideTheAllowList() {
      assertThat(problems(withListener(
          "<camunda:executionListener event=\"end\" expression=\"${dataSource.getConnection()}\"/>")))
          .singleElement().asString()
          .startsWith("[EndEvent_Done]: expression '${dataSource.getConnection()}' calls dataSource.getConnection()");
      assertThat(problems(withListener("<camunda:executionListener event=\"end\" delegateExpression=\"${identityService}\"/>")))
          .containsExactly("[EndEvent_Done]: delegate '${identityService}' is not an allowed bean [sla]");
    }

    @Test
    void theEngineBehindExecution() {
      assertThat(problems(withListener("<camunda:executionListener event=\"end\" "
          + "expression=\"${execution.processEngineServices.identityService.deleteUser('admin')}\"/>")))
          .containsExactly("[EndEvent_Done]: expression '${execution.processEngineServices.identityService"
              + ".deleteUser('admin')}' uses execution.processEngineServices, which models may not touch");
    }

    @Test
    void javaClassesAndForeignDelegates() {
      assertThat(problems(withListener("<camunda:executionListener event=\"end\" expression=\"${''.class.forName('x')}\"/>"
          + "<camunda:executionListener event=\"end\" class=\"org.example.Evil\"/>")))
          .containsExactly("[EndEvent_Done]: expression '${''.class.forName('x')}' reaches for a Java class",
              "[EndEvent_Done]: Java delegate 'org.example.Evil' is outside id.alur.*");
    }

    @Test
    void dmnInAnyLanguageButFeel() {
      String dmn = """
          <?xml version="1.0" encoding="UTF-8"?>
          <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="Definitions_Fee" name="Fee" namespace="x">
            <decision id="Fee" name="Fee">
              <decisionTable id="DecisionTable_Fee">
                <input id="Input_Amount"><inputExpression id="InputExpression_Amount" expressionLanguage="juel"><text>${amount}</text></inputExpression></input>
                <output id="Output_Fee" name="fee"/>
              </decisionTable>
            </decision>
          </definitions>
          """;
      ModelResource model = new ModelResource("processes/test/Fee.dmn", dmn.getBytes(StandardCharsets.UTF_8));
      assertThat(safety.check(List.of(model))).extracting(ModelViolation::toString)
          .containsExactly("processes/test/Fee.dmn [InputExpression_Amount]: DMN expressions must be FEEL, not 'juel'");
    }

    @Test
    void xmlWithADoctype() {
      String model = process("Approval", userTask("UserTask_Approve", "dcktr", "ApprovalForm", "${due}"))
          .replace("<?xml version=\"1.0\" encoding=\"UTF-8\"?>",
              "<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>");
      assertThat(problems(model)).containsExactly("XML with a DOCTYPE is not accepted");
    }
  }

  private static String withListener(String listener) {
    return process("Approval", userTask("UserTask_Approve", "dcktr", "ApprovalForm", "${due}"))
        .replace("<bpmn:endEvent id=\"EndEvent_Done\"/>", "<bpmn:endEvent id=\"EndEvent_Done\">"
            + "<bpmn:extensionElements>" + listener + "</bpmn:extensionElements></bpmn:endEvent>");
  }

  private static String withElement(String element) {
    return process("Approval", userTask("UserTask_Approve", "dcktr", "ApprovalForm", "${due}"))
        .replace("<bpmn:endEvent id=\"EndEvent_Done\"/>", "<bpmn:endEvent id=\"EndEvent_Done\"/>" + element);
  }

  private List<String> problems(String xml) {
    ModelResource model = bpmn("Approval", xml);
    return safety.check(List.of(model)).stream()
        .map(violation -> violation.toString().substring(violation.resource().length()).strip())
        .map(text -> text.startsWith(":") ? text.substring(1).strip() : text)
        .toList();
  }
}
