package id.alur.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.SerializableValue;
import org.camunda.bpm.engine.variable.value.TypedValue;

/**
 * Plain Java values of what a client submitted. The REST API hands the engine typed values; Tasklist sends a
 * checklist as a {@code Json} variable holding the list as text. Those become lists and maps here, so that
 * the checks see what the process will see.
 */
final class SubmittedValues {

  private static final ObjectMapper JSON = new ObjectMapper();

  private SubmittedValues() {
  }

  static Map<String, Object> plain(Map<String, ?> variables) {
    Map<String, Object> plain = new LinkedHashMap<>();
    variables.forEach((name, value) -> plain.put(name, plain(value)));
    return plain;
  }

  static Object plain(Object value) {
    if (value instanceof SerializableValue serializable && !serializable.isDeserialized()) {
      return json(serializable.getValueSerialized());
    }
    if (value instanceof TypedValue typed) {
      return plainObject(typed.getValue());
    }
    return plainObject(value);
  }

  /** Spin's JSON values and Jackson trees print as JSON; read them back as lists and maps. */
  private static Object plainObject(Object value) {
    if (value == null) {
      return null;
    }
    String className = value.getClass().getName();
    if (className.startsWith("org.camunda.spin.") || value instanceof com.fasterxml.jackson.databind.JsonNode) {
      return json(value.toString());
    }
    return value;
  }

  private static Object json(String text) {
    if (text == null) {
      return null;
    }
    try {
      return JSON.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      return new Unreadable(text);
    }
  }

  /** A serialized value that is not JSON: never a valid answer to any field. */
  record Unreadable(String text) {
  }
}
