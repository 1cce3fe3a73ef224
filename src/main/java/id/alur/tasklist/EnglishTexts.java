package id.alur.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * English beside the Indonesian texts of the models. Models and forms are written in Bahasa Indonesia, the
 * city's working language; their English lives in {@code i18n/models_en.properties} under keys built from
 * stable ids:
 * <pre>
 * process.&lt;processKey&gt;.name
 * task.&lt;processKey&gt;.&lt;taskDefinitionKey&gt;.name
 * form.&lt;formId&gt;.&lt;field key, or component id&gt;.label | description | text | option.&lt;value&gt;
 * </pre>
 * and the shared filters' texts in {@code messages_en.properties}. A text without English stays Indonesian.
 */
@Component
class EnglishTexts {

  private static final String[] FORM_TEXTS = {"label", "description", "text", "dateLabel", "timeLabel"};

  private final MessageSource messages;

  EnglishTexts(MessageSource messages) {
    this.messages = messages;
  }

  /** Replaces the texts of a JSON answer of the engine's REST API in place, wherever they appear. */
  void translate(JsonNode node) {
    if (node.isArray()) {
      node.forEach(this::translate);
      return;
    }
    if (!node.isObject()) {
      return;
    }
    ObjectNode object = (ObjectNode) node;
    if (object.has("components") && object.has("schemaVersion")) {
      translateForm(object.path("id").asText(), object);
      return;
    }
    if (object.hasNonNull("taskDefinitionKey") && object.hasNonNull("processDefinitionId")) {
      replace(object, "name", "task." + keyOf(object.path("processDefinitionId").asText()) + "."
          + object.path("taskDefinitionKey").asText() + ".name");
    } else if (object.hasNonNull("key") && object.has("version") && object.has("resource")) {
      replace(object, "name", "process." + object.path("key").asText() + ".name");
    } else if (object.path("properties").hasNonNull(TasklistFilters.MARKER)) {
      translateFilter(object);
    }
    object.forEach(this::translate);
  }

  private void translateFilter(ObjectNode filter) {
    ObjectNode properties = (ObjectNode) filter.path("properties");
    String prefix = "tasklist.filter." + properties.path(TasklistFilters.MARKER).asText();
    replace(filter, "name", prefix + ".name");
    replace(properties, "description", prefix + ".description");
    properties.path("variables").forEach(variable -> {
      if (variable instanceof ObjectNode column) {
        replace(column, "label", "tasklist.variable." + column.path("name").asText());
      }
    });
  }

  private void translateForm(String formId, ObjectNode container) {
    container.path("components").forEach(component -> {
      if (!(component instanceof ObjectNode field)) {
        return;
      }
      String prefix = "form." + formId + "." + field.path("key").asText(field.path("id").asText());
      for (String text : FORM_TEXTS) {
        replace(field, text, prefix + "." + text);
      }
      field.path("values").forEach(option -> {
        if (option instanceof ObjectNode labelled) {
          replace(labelled, "label", prefix + ".option." + labelled.path("value").asText());
        }
      });
      if (field.has("components")) {
        translateForm(formId, field);
      }
    });
  }

  private void replace(ObjectNode node, String property, String code) {
    if (!node.path(property).isTextual()) {
      return;
    }
    String english = messages.getMessage(code, null, null, Locale.ENGLISH);
    if (english != null) {
      node.put(property, english);
    }
  }

  /** The process key of an engine-made definition id ({@code FormCheckTest:3:uuid}). */
  private static String keyOf(String processDefinitionId) {
    int colon = processDefinitionId.indexOf(':');
    return colon < 0 ? processDefinitionId : processDefinitionId.substring(0, colon);
  }
}
