package id.alur.form;

import static id.alur.form.FieldProblem.Kind.*;

import id.alur.form.FieldProblem.Kind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks one submission against a form, with form-js's own rules, so that the server accepts exactly what
 * the browser would: required fields (a required checkbox must be ticked), the value's type, number ranges,
 * decimals and steps, text length (trimmed) and patterns (found anywhere, as JavaScript's {@code test}),
 * e-mail and phone formats, options of selects, radios, checklists and taglists, dates. Fields hidden by
 * their condition must stay empty; read-only fields must keep the case's value; and nothing the form does not
 * declare may be written, apart from the configured system variables (which a process may start with,
 * and which a task completion may repeat but not change).
 */
final class SubmissionCheck {

  /** form-js 1.8's EMAIL_PATTERN. */
  private static final Pattern EMAIL_PATTERN = Pattern.compile("^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9]"
      + "(?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$");
  /** form-js 1.8's PHONE_PATTERN: an international number (+62812..., 0062812...), found anywhere. */
  private static final Pattern PHONE_PATTERN = Pattern.compile("(\\+|00)(297|93|244|1264|358|355|376|971|54|374|1684|1268|61|43|994|257|32|229|226|880|359"
      + "|973|1242|387|590|375|501|1441|591|55|1246|673|975|267|236|1|61|41|56|86|225|237|243|242|6"
      + "82|57|269|238|506|53|5999|61|1345|357|420|49|253|1767|45|1809|1829|1849|213|593|20|291|212"
      + "|34|372|251|358|679|500|33|298|691|241|44|995|44|233|350|224|590|220|245|240|30|1473|299|5"
      + "02|594|1671|592|852|504|385|509|36|62|44|91|246|353|98|964|354|972|39|1876|44|962|81|76|77"
      + "|254|996|855|686|1869|82|383|965|856|961|231|218|1758|423|94|266|370|352|371|853|590|212|3"
      + "77|373|261|960|52|692|389|223|356|95|382|976|1670|258|222|1664|596|230|265|60|262|264|687|"
      + "227|672|234|505|683|31|47|977|674|64|968|92|507|64|51|63|680|675|48|1787|1939|850|351|595|"
      + "970|689|974|262|40|7|250|966|249|221|65|500|4779|677|232|503|378|252|508|381|211|239|597|4"
      + "21|386|46|268|1721|248|963|1649|235|228|66|992|690|993|670|676|1868|216|90|688|886|255|256"
      + "|380|598|1|998|3906698|379|1784|58|1284|1340|84|678|681|685|967|27|260|263)(9[976]\\d|8[98"
      + "7530]\\d|6[987]\\d|5[90]\\d|42\\d|3[875]\\d|2[98654321]\\d|9[8543210]|8[6421]|6[6543210]|5"
      + "[87654321]|4[987654310]|3[9643210]|2[70]|7|1)\\d{4,20}$");
  private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d(Z|[+-]\\d{2}:\\d{2})?");
  private static final int OPTIONS_NAMED = 12;

  private final HideConditions hideConditions;

  SubmissionCheck(HideConditions hideConditions) {
    this.hideConditions = hideConditions;
  }

  /**
   * The problems of {@code submitted} (plain values, see {@link SubmittedValues}) against {@code form}, with
   * {@code current} the case's variables as the form showed them.
   */
  List<FieldProblem> check(FormSchema form, Map<String, Object> submitted, Map<String, Object> current,
      Set<String> systemVariables, LocalDate today, ZoneId zone) {
    return check(form, submitted, current, systemVariables, today, zone, true);
  }

  /**
   * As {@link #check}; with {@code whole} false only the values sent are checked, none is required: a task
   * that ends in a BPMN error or an escalation may carry some of its form's values, not all.
   */
  List<FieldProblem> check(FormSchema form, Map<String, Object> submitted, Map<String, Object> current,
      Set<String> systemVariables, LocalDate today, ZoneId zone, boolean whole) {
    List<FieldProblem> problems = new ArrayList<>();
    Map<String, Object> data = new HashMap<>(current);
    data.putAll(submitted);
    for (FormField field : form.fields()) {
      String key = field.key();
      boolean present = submitted.containsKey(key);
      Object value = submitted.get(key);
      if (field.hideCondition() != null && hideConditions.hides(field.hideCondition(), data)) {
        if (present && !isEmpty(value)) {
          problems.add(FieldProblem.of(key, HIDDEN));
        }
      } else if (field.readOnly()) {
        if (present && !sameValue(value, current.get(key))) {
          problems.add(FieldProblem.of(key, READ_ONLY));
        }
      } else if (isEmpty(value) || field.kind() == FieldKind.BOOLEAN && Boolean.FALSE.equals(value)
          && field.rules().required()) {
        if (field.rules().required() && (whole || present)) {
          problems.add(FieldProblem.of(key, REQUIRED));
        }
      } else {
        checkValue(field, value, current, today, zone).ifPresent(problems::add);
      }
    }
    for (String name : submitted.keySet()) {
      if (form.keys().contains(name)) {
        continue;
      }
      if (!systemVariables.contains(name)) {
        problems.add(FieldProblem.of(name, NOT_ON_FORM));
      } else if (current.containsKey(name) && !sameValue(submitted.get(name), current.get(name))) {
        // The platform sets these when it opens a case; nobody changes them later.
        problems.add(FieldProblem.of(name, READ_ONLY));
      }
    }
    return problems;
  }

  private Optional<FieldProblem> checkValue(FormField field, Object value, Map<String, Object> current,
      LocalDate today, ZoneId zone) {
    return Optional.ofNullable(switch (field.kind()) {
      case TEXT -> text(field, value);
      case NUMBER -> number(field, value);
      case BOOLEAN -> value instanceof Boolean ? null : problem(field, NOT_BOOLEAN);
      case OPTION -> oneOption(field, value, allowedOptions(field, current));
      case OPTIONS -> someOptions(field, value, allowedOptions(field, current));
      case DATE, DATETIME -> date(field, value, today, zone, current.get(field.key()));
      case TIME -> value instanceof String text && TIME.matcher(text).matches() ? null : problem(field, NOT_A_TIME);
    });
  }

  private static FieldProblem text(FormField field, Object value) {
    if (!(value instanceof String text)) {
      return problem(field, NOT_TEXT);
    }
    FieldRules rules = field.rules();
    int length = text.trim().length();
    if (text.length() > FormSchemaReader.MAX_TEXT_LENGTH || length > rules.maxLength()) {
      return problem(field, TOO_LONG, rules.maxLength());
    }
    if (rules.minLength() != null && length < rules.minLength()) {
      return problem(field, TOO_SHORT, rules.minLength());
    }
    if (rules.pattern() != null && !rules.pattern().matcher(text).find()) {
      return problem(field, PATTERN);
    }
    if ("email".equals(rules.validationType()) && !EMAIL_PATTERN.matcher(text).matches()) {
      return problem(field, EMAIL);
    }
    if ("phone".equals(rules.validationType()) && !PHONE_PATTERN.matcher(text).find()) {
      return problem(field, PHONE);
    }
    return null;
  }

  private static FieldProblem number(FormField field, Object value) {
    Optional<BigDecimal> parsed = decimal(value, field.serializeToString());
    if (parsed.isEmpty()) {
      return problem(field, NOT_NUMBER);
    }
    BigDecimal number = parsed.get();
    FieldRules rules = field.rules();
    if (rules.min() != null && number.compareTo(rules.min()) < 0) {
      return problem(field, BELOW_MIN, rules.min().toPlainString());
    }
    if (rules.max() != null && number.compareTo(rules.max()) > 0) {
      return problem(field, ABOVE_MAX, rules.max().toPlainString());
    }
    if (rules.decimalDigits() != null && Math.max(0, number.stripTrailingZeros().scale()) > rules.decimalDigits()) {
      return problem(field, TOO_MANY_DECIMALS, rules.decimalDigits());
    }
    if (rules.increment() != null && rules.increment().signum() > 0
        && number.remainder(rules.increment()).signum() != 0) {
      return problem(field, NOT_A_STEP, rules.increment().toPlainString());
    }
    return null;
  }

  /** Digits a number may have before or after the point; beyond, it is no number a form asks for. */
  private static final int MAX_DIGITS = 30;

  private static Optional<BigDecimal> decimal(Object value, boolean fromText) {
    return parsedDecimal(value, fromText).filter(number -> Math.abs(number.scale()) <= MAX_DIGITS
        && number.precision() - number.scale() <= MAX_DIGITS);
  }

  private static Optional<BigDecimal> parsedDecimal(Object value, boolean fromText) {
    try {
      if (value instanceof Double || value instanceof Float) {
        double number = ((Number) value).doubleValue();
        return Double.isFinite(number) ? Optional.of(BigDecimal.valueOf(number)) : Optional.empty();
      }
      if (value instanceof Number number) {
        return Optional.of(new BigDecimal(number.toString()));
      }
      if (fromText && value instanceof String text && text.length() <= 40) {
        return Optional.of(new BigDecimal(text.trim()));
      }
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return Optional.empty();
  }

  private static FieldProblem oneOption(FormField field, Object value, List<String> options) {
    if (!isScalar(value) || !options.contains(String.valueOf(value))) {
      return problem(field, NOT_AN_OPTION, named(options));
    }
    return null;
  }

  private static FieldProblem someOptions(FormField field, Object value, List<String> options) {
    if (!(value instanceof Collection<?> chosen)) {
      return problem(field, NOT_A_LIST);
    }
    Set<String> seen = new HashSet<>();
    for (Object choice : chosen) {
      if (!isScalar(choice) || !options.contains(String.valueOf(choice))) {
        return problem(field, NOT_AN_OPTION, named(options));
      }
      if (!seen.add(String.valueOf(choice))) {
        return problem(field, REPEATED_OPTION, String.valueOf(choice));
      }
    }
    return null;
  }

  /** The static options, or those the case holds in the {@code valuesKey} variable (strings or label/value). */
  private static List<String> allowedOptions(FormField field, Map<String, Object> current) {
    if (field.valuesKey() == null) {
      return field.options();
    }
    Object source = SubmittedValues.plain(current.get(field.valuesKey()));
    if (!(source instanceof Collection<?> entries)) {
      return List.of();
    }
    List<String> options = new ArrayList<>();
    for (Object entry : entries) {
      Object option = entry instanceof Map<?, ?> labelled ? labelled.get("value") : entry;
      if (isScalar(option)) {
        options.add(String.valueOf(option));
      }
    }
    return options;
  }

  private static FieldProblem date(FormField field, Object value, LocalDate today, ZoneId zone, Object currentValue) {
    Kind wrong = field.kind() == FieldKind.DATE ? NOT_A_DATE : NOT_A_DATETIME;
    LocalDate day;
    if (value instanceof Date date) {
      day = date.toInstant().atZone(zone).toLocalDate();
    } else if (value instanceof String text) {
      try {
        day = field.kind() == FieldKind.DATE ? LocalDate.parse(text) : dateOfDateTime(text, zone);
      } catch (DateTimeParseException e) {
        return problem(field, wrong);
      }
    } else {
      return problem(field, wrong);
    }
    // form-js only keeps the picker from offering passed dates: a date the case already held may stay.
    if (field.rules().disallowPassedDates() && day.isBefore(today) && !sameValue(value, currentValue)) {
      return problem(field, PAST_DATE);
    }
    return null;
  }

  private static LocalDate dateOfDateTime(String text, ZoneId zone) {
    try {
      return OffsetDateTime.parse(text).atZoneSameInstant(zone).toLocalDate();
    } catch (DateTimeParseException e) {
      return LocalDateTime.parse(text).toLocalDate();
    }
  }

  private static FieldProblem problem(FormField field, Kind kind, Object... arguments) {
    return FieldProblem.of(field.key(), kind, arguments);
  }

  private static String named(List<String> options) {
    return options.size() <= OPTIONS_NAMED ? String.join(", ", options)
        : String.join(", ", options.subList(0, OPTIONS_NAMED)) + ", ...";
  }

  private static boolean isScalar(Object value) {
    return value instanceof String || value instanceof Number || value instanceof Boolean;
  }

  static boolean isEmpty(Object value) {
    return value == null || "".equals(value) || value instanceof Collection<?> list && list.isEmpty();
  }

  /** The same value, whatever number type or empty form (null, "", []) it travels as. */
  static boolean sameValue(Object submitted, Object current) {
    Object plain = SubmittedValues.plain(current);
    if (isEmpty(submitted) && isEmpty(plain)) {
      return true;
    }
    if (submitted instanceof Number && plain instanceof Number) {
      Optional<BigDecimal> a = decimal(submitted, false);
      Optional<BigDecimal> b = decimal(plain, false);
      return a.isPresent() && b.isPresent() && a.get().compareTo(b.get()) == 0;
    }
    return submitted != null && submitted.equals(plain);
  }
}
