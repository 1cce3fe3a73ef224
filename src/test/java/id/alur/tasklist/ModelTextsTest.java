package id.alur.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alur.engine.ModelResource;
import id.alur.engine.ModelResources;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** Every text a clerk reads in Tasklist has its English beside the Indonesian of the model. */
class ModelTextsTest {

  private static final String[] FORM_TEXTS = {"label", "description", "text", "dateLabel", "timeLabel"};

  @Test
  @DisplayName("every process name, task name and form text on the class path has an English text")
  void everyTextHasEnglish() throws Exception {
    ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
    bundles.setBasenames("i18n/models", "i18n/test-models");
    bundles.setDefaultEncoding("UTF-8");
    bundles.setFallbackToSystemLocale(false);
    List<String> keys = new ArrayList<>();
    for (ModelResource model : ModelResources.onClassPath().load()) {
      if (model.isBpmn()) {
        BpmnModelInstance bpmn = Bpmn.readModelFromStream(new ByteArrayInputStream(model.content()));
        for (Process process : bpmn.getModelElementsByType(Process.class)) {
          keys.add("process." + process.getId() + ".name");
          for (UserTask task : process.getChildElementsByType(UserTask.class)) {
            keys.add("task." + process.getId() + "." + task.getId() + ".name");
          }
        }
      } else if (model.isForm()) {
        JsonNode form = new ObjectMapper().readTree(model.content());
        formKeys(form.path("id").asText(), form.path("components"), keys);
      }
    }
    assertThat(keys).hasSizeGreaterThan(20);
    assertThat(keys).as("texts without English in i18n/models_en.properties (or test-models_en for test models)")
        .filteredOn(key -> bundles.getMessage(key, null, null, Locale.ENGLISH) == null)
        .isEmpty();
  }

  private static void formKeys(String formId, JsonNode components, List<String> keys) {
    for (JsonNode component : components) {
      String prefix = "form." + formId + "." + component.path("key").asText(component.path("id").asText());
      for (String text : FORM_TEXTS) {
        if (component.path(text).isTextual() && !component.path(text).asText().isBlank()) {
          keys.add(prefix + "." + text);
        }
      }
      component.path("values").forEach(option -> keys.add(prefix + ".option." + option.path("value").asText()));
      formKeys(formId, component.path("components"), keys);
    }
  }
}
