package id.alur.form;

import java.util.Map;
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
 */
class HideConditions {

  private static final Logger LOG = LoggerFactory.getLogger(HideConditions.class);
  private final FeelEngine feel = new ScalaFeelEngineFactory().createInstance();

  /** True when the field is hidden; an expression that cannot be evaluated leaves the field shown. */
  boolean hides(String condition, Map<String, Object> data) {
    String expression = condition.startsWith("=") ? condition.substring(1) : condition;
    try {
      Object result = feel.evaluateSimpleExpression(expression,
          Variables.fromMap(data).asVariableContext());
      return Boolean.TRUE.equals(result);
    } catch (RuntimeException e) {
      LOG.debug("Hide condition '{}' not evaluated: {}", condition, e.getMessage());
      return false;
    }
  }
}
