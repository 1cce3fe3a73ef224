package id.alur.form;

import java.util.Map;
import java.util.Optional;

/** What kind of value a form-js input field submits; the field types Alur accepts on a form. */
public enum FieldKind {
  /** textfield, textarea: a string. */
  TEXT,
  /** number: a JSON number (a numeric string with {@code serializeToString}). */
  NUMBER,
  /** checkbox: true or false. */
  BOOLEAN,
  /** radio, select: one of the options. */
  OPTION,
  /** checklist, taglist: a list of options. */
  OPTIONS,
  /** datetime with subtype date: {@code 2026-11-23}. */
  DATE,
  /** datetime with subtype time: {@code 09:30}, optionally with an offset. */
  TIME,
  /** datetime with subtype datetime: {@code 2026-11-23T09:30}, optionally with an offset. */
  DATETIME;

  private static final Map<String, FieldKind> BY_TYPE = Map.of(
      "textfield", TEXT, "textarea", TEXT, "number", NUMBER, "checkbox", BOOLEAN, "radio", OPTION,
      "select", OPTION, "checklist", OPTIONS, "taglist", OPTIONS);

  /** The kind of a keyed form-js component, or empty when Alur does not accept that type. */
  static Optional<FieldKind> of(String type, String subtype) {
    if ("datetime".equals(type)) {
      return switch (subtype == null ? "date" : subtype) {
        case "date" -> Optional.of(DATE);
        case "time" -> Optional.of(TIME);
        case "datetime" -> Optional.of(DATETIME);
        default -> Optional.empty();
      };
    }
    return Optional.ofNullable(BY_TYPE.get(type));
  }

  boolean hasOptions() {
    return this == OPTION || this == OPTIONS;
  }
}
