package id.alur.form;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a form-js JSON file into a {@link FormSchema} and refuses what the server could not check the way the
 * browser does: FEEL in validation rules, computed ({@code expression}) fields, file pickers (documents go
 * through the case API, not into variables), dynamic lists, groups that nest data under a path, and options
 * from a FEEL expression. All problems of a file are reported together, with the file name.
 */
public final class FormSchemaReader {

  /**
   * The longest text a field may take, and the default limit of a field that sets none: the engine stores a
   * string variable in a column of 4000 characters. Longer texts belong in the case's own tables.
   */
  public static final int MAX_TEXT_LENGTH = 4000;

  /** A variable name that expressions, DMN and FEEL can all read. */
  private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  private static final Set<String> DISPLAY_ONLY = Set.of("text", "html", "image", "spacer", "separator",
      "button", "iframe", "table", "documentPreview");
  private static final Set<String> CONTAINERS = Set.of("group");
  private static final List<String> FEEL_RULES = List.of("min", "max", "minLength", "maxLength", "pattern");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final String resourceName;
  private final List<String> problems = new ArrayList<>();
  private final List<FormField> fields = new ArrayList<>();
  private final Set<String> keys = new HashSet<>();

  private FormSchemaReader(String resourceName) {
    this.resourceName = resourceName;
  }

  /** The form in {@code content}; a {@link MalformedFormException} naming the file and every problem. */
  public static FormSchema read(String resourceName, byte[] content) {
    return new FormSchemaReader(resourceName).parse(content);
  }

  private FormSchema parse(byte[] content) {
    JsonNode root;
    try {
      root = JSON.readTree(content);
    } catch (JsonProcessingException e) {
      throw new MalformedFormException(resourceName, List.of("not valid JSON: " + e.getOriginalMessage()));
    } catch (IOException e) {
      throw new MalformedFormException(resourceName, List.of("not readable: " + e.getMessage()));
    }
    if (root == null || !root.isObject()) {
      throw new MalformedFormException(resourceName, List.of("a form is a JSON object"));
    }
    String id = root.path("id").asText("");
    if (id.isBlank()) {
      problems.add("the form has no id");
    }
    if (!root.path("components").isArray()) {
      problems.add("the form has no components array");
    } else {
      components(root.path("components"));
    }
    if (!problems.isEmpty()) {
      throw new MalformedFormException(resourceName, problems);
    }
    return new FormSchema(id, fields);
  }

  private void components(JsonNode components) {
    for (JsonNode component : components) {
      String type = component.path("type").asText("");
      String name = component.path("key").asText(component.path("id").asText(type));
      if (CONTAINERS.contains(type)) {
        if (component.hasNonNull("path") && !component.path("path").asText().isEmpty()) {
          problems.add(name + ": a group with a data path is not supported; use flat field keys");
        }
        components(component.path("components"));
      } else if (!DISPLAY_ONLY.contains(type)) {
        field(component, type, name);
      }
    }
  }

  private void field(JsonNode component, String type, String name) {
    Optional<FieldKind> kind = FieldKind.of(type, component.path("subtype").asText(null));
    if (kind.isEmpty()) {
      problems.add(name + ": field type '" + type + "' is not supported" + why(type));
      return;
    }
    String key = component.path("key").asText("");
    if (!KEY.matcher(key).matches()) {
      problems.add(name + ": key '" + key + "' must be a variable name (letters, digits, _)");
      return;
    }
    if (!keys.add(key)) {
      problems.add(key + ": the key is used twice");
      return;
    }
    JsonNode validate = component.path("validate");
    for (String rule : FEEL_RULES) {
      if (validate.path(rule).isTextual() && validate.path(rule).asText().startsWith("=")) {
        problems.add(key + ": validate." + rule + " is an expression; the server checks literal values only");
      }
    }
    List<String> options = options(component, key, kind.get());
    String valuesKey = component.hasNonNull("valuesKey") ? component.path("valuesKey").asText() : null;
    String hide = component.path("conditional").path("hide").asText(null);
    boolean readOnly = truthy(component, "readonly") || truthy(component, "disabled");
    String label = component.path("label").asText(component.path("dateLabel").asText(
        component.path("timeLabel").asText(key)));
    fields.add(new FormField(key, type, kind.get(), label, readOnly,
        hide == null || hide.isBlank() ? null : hide, rules(component, key, kind.get()), options, valuesKey,
        component.path("serializeToString").asBoolean(false)));
  }

  /** A literal {@code true}; a FEEL {@code readonly} expression cannot be decided on the server. */
  private boolean truthy(JsonNode component, String property) {
    JsonNode value = component.path(property);
    if (value.isTextual() && value.asText().startsWith("=")) {
      problems.add(component.path("key").asText() + ": " + property + " as an expression is not supported");
    }
    return value.asBoolean(false);
  }

  private static String why(String type) {
    return switch (type) {
      case "filepicker" -> ": documents are uploaded to the case, not stored as variables";
      case "expression" -> ": computed values are computed by the process, not by the browser";
      case "dynamiclist" -> ": lists of records belong in the module's own tables";
      default -> "";
    };
  }

  private List<String> options(JsonNode component, String key, FieldKind kind) {
    if (!kind.hasOptions()) {
      return List.of();
    }
    if (component.hasNonNull("valuesExpression")) {
      problems.add(key + ": options from valuesExpression are not supported; use values or valuesKey");
      return List.of();
    }
    if (component.hasNonNull("valuesKey")) {
      return List.of();
    }
    JsonNode values = component.path("values");
    if (!values.isArray() || values.isEmpty()) {
      problems.add(key + ": a " + component.path("type").asText() + " needs values (or a valuesKey)");
      return List.of();
    }
    List<String> options = new ArrayList<>();
    for (JsonNode option : values) {
      if (!option.path("value").isValueNode() || option.path("value").asText().isEmpty()) {
        problems.add(key + ": every option needs a value");
      } else {
        options.add(option.path("value").asText());
      }
    }
    return options;
  }

  private FieldRules rules(JsonNode component, String key, FieldKind kind) {
    JsonNode validate = component.path("validate");
    Integer maxLength = integer(validate, "maxLength", key);
    if (maxLength != null && maxLength > MAX_TEXT_LENGTH) {
      problems.add(key + ": validate.maxLength " + maxLength + " is above " + MAX_TEXT_LENGTH);
    }
    String validationType = validate.path("validationType").asText(null);
    if (validationType != null && !Set.of("email", "phone", "custom").contains(validationType)) {
      problems.add(key + ": validate.validationType '" + validationType + "' is unknown");
    }
    return new FieldRules(validate.path("required").asBoolean(false), decimal(validate, "min", key),
        decimal(validate, "max", key), integer(validate, "minLength", key),
        maxLength == null ? MAX_TEXT_LENGTH : Math.min(maxLength, MAX_TEXT_LENGTH), pattern(validate, key),
        "custom".equals(validationType) ? null : validationType,
        kind == FieldKind.NUMBER ? integer(component, "decimalDigits", key) : null,
        kind == FieldKind.NUMBER ? decimal(component, "increment", key) : null,
        component.path("disallowPassedDates").asBoolean(false));
  }

  private Pattern pattern(JsonNode validate, String key) {
    String pattern = validate.path("pattern").asText(null);
    if (pattern == null || pattern.isEmpty() || pattern.startsWith("=")) {
      return null;
    }
    try {
      return Pattern.compile(pattern);
    } catch (PatternSyntaxException e) {
      problems.add(key + ": validate.pattern is not a valid regular expression: " + e.getDescription());
      return null;
    }
  }

  private Integer integer(JsonNode node, String property, String key) {
    BigDecimal value = decimal(node, property, key);
    if (value == null) {
      return null;
    }
    if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0
        || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      problems.add(key + ": " + property + " must be a whole number of 0 or more");
      return null;
    }
    return value.intValueExact();
  }

  private BigDecimal decimal(JsonNode node, String property, String key) {
    JsonNode value = node.path(property);
    if (value.isMissingNode() || value.isNull() || value.isTextual() && value.asText().isEmpty()) {
      return null;
    }
    if (value.isNumber()) {
      return value.decimalValue();
    }
    if (value.isTextual() && !value.asText().startsWith("=")) {
      try {
        return new BigDecimal(value.asText().trim());
      } catch (NumberFormatException e) {
        problems.add(key + ": " + property + " '" + value.asText() + "' is not a number");
        return null;
      }
    }
    if (!value.isTextual()) {
      problems.add(key + ": " + property + " is not a number");
    }
    return null;
  }
}
