package id.alur;

import id.alur.StaffHttp.Reply;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** A deployment that passes every check, as a designer would send it: to test who may deploy. */
public final class MinimalDeployment {

  private MinimalDeployment() {
  }

  /** Deploys a start-to-end process named {@code processId} through the engine's REST API. */
  public static Reply deploy(StaffHttp staff, String processId) {
    String bpmn = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                          xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          id="Definitions_%1$s" targetNamespace="https://alur.id/bpmn/test">
          <bpmn:process id="%1$s" isExecutable="true" camunda:historyTimeToLive="P30D">
            <bpmn:startEvent id="StartEvent_Start"/>
            <bpmn:sequenceFlow id="Flow_ToEnd" sourceRef="StartEvent_Start" targetRef="EndEvent_End"/>
            <bpmn:endEvent id="EndEvent_End"/>
          </bpmn:process>
        </bpmn:definitions>
        """.formatted(processId);
    return staff.postMultipart("/engine-rest/deployment/create",
        Map.of("deployment-name", processId + "-" + System.nanoTime()),
        Map.of(processId + ".bpmn", bpmn.getBytes(StandardCharsets.UTF_8)));
  }
}
