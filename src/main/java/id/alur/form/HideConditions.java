package id.alur.form;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.dmn.feel.impl.FeelEngine;
import org.camunda.bpm.dmn.feel.impl.scala.ScalaFeelEngineFactory;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides a field's {@code conditional.hide} as the browser does: form-js evaluates the FEEL expression
 * over the form's data and leaves hidden fields out of the submission. Camunda's Scala FEEL engine (the one
 * DMN uses, in its own instance without custom functions, which forms cannot call either) evaluates it here
 * over the case's variables and the submitted values. One instance serves all threads, as it does for DMN.
 *
 * <p>Every hide condition of Alur's forms compares one field with a text ({@code =verification != "dispatch"}).
 * When the field holds a text, that comparison is decided here directly, as FEEL decides it: the FEEL engine builds
 * all of its built-in functions anew for every evaluation, 5% of Alur's CPU under the clerks' load. Anything else
 * (another shape, an empty or missing field, a number) goes to FEEL.
 */
class HideConditions {

  private static final Logger LOG = LoggerFactory.getLogger(HideConditions.class);
  private static final Pattern TEXT_COMPARISON =
      Pattern.compile("\\s*([A-Za-z][A-Za-z0-9_]*)\\s*(!=|=)\\s*\"([^\"\\\\]*)\"\\s*");
  // Names FEEL reads as something other than a variable.
  private static final Set<String> FEEL_WORDS = Set.of("true", "false", "null", "not", "and", "or", "if", "then",
      "else", "for", "in", "return", "some", "every", "satisfies", "between", "instance", "of", "function");

  private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();

  /** True when the field is hidden; an expression that cannot be evaluated leaves the field shown. */
  boolean hides(String condition, Map<String, Object> data) {
    Matcher comparison = TEXT_COMPARISON.matcher(expression(condition));
    if (comparison.matches() && !FEEL_WORDS.contains(comparison.group(1))
        && data.get(comparison.group(1)) instanceof String text) {
      return text.equals(comparison.group(3)) == "=".equals(comparison.group(2));
    }
    return byFeel(condition, data);
  }

  /** The condition decided by FEEL alone, as {@link #hides} decides every condition it does not decide itself. */
  boolean byFeel(String condition, Map<String, Object> data) {
    try {
      Object result = feel.evaluateSimpleExpression(expression(condition),
          Variables.fromMap(data).asVariableContext());
      return Boolean.TRUE.equals(result);
    } catch (RuntimeException e) {
      LOG.debug("Hide condition '{}' not evaluated: {}", condition, e.getMessage());
      return false;
    }
  }

  // form-js writes a FEEL expression with a leading '='.
  private static String expression(String condition) {
    return condition.startsWith("=") ? condition.substring(1) : condition;
  }
}
