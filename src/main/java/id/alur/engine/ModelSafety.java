package id.alur.engine;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A deployment is code that the engine runs with the application's rights, so a model may only call what
 * the platform offers. Refused: script tasks, scripts anywhere (listeners, conditions, input/output
 * mappings), conditions in a script language, DMN in any expression language but FEEL, Java delegates
 * outside {@code id.alur}, and expressions that call a method on anything but an allow-listed bean or the
 * engine's own functions ({@code now()}, {@code dateTime()}, {@code currentUser()}, ...). Variables may be
 * read in expressions ({@code ${approved}}, {@code ${applicant.name}}) but not called. XML with a DOCTYPE is
 * refused before anything else: entities are how XML reads files off a server.
 *
 * <p>The walk is over the raw XML, every element and attribute, so that no place where the engine
 * evaluates text is missed by a model API that does not know it.
 */
public class ModelSafety {

  static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  static final String ALLOWED_DELEGATE_PACKAGE = "id.alur.";

  /** The engine's expression functions: safe, they only answer the time or the current user. */
  static final Set<String> ENGINE_FUNCTIONS = Set.of("now", "dateTime", "currentUser", "currentUserGroups");
  /** What an expression may ask of {@code execution} or {@code task}: its variables and its names. */
  static final Set<String> SAFE_SCOPE_MEMBERS = Set.of("getVariable", "getVariableLocal", "hasVariable",
      "hasVariableLocal", "setVariable", "setVariableLocal", "getId", "id", "getProcessInstanceId",
      "processInstanceId", "getProcessBusinessKey", "processBusinessKey", "getBusinessKey", "businessKey",
      "getCurrentActivityId", "currentActivityId", "getEventName", "eventName", "getTaskDefinitionKey",
      "taskDefinitionKey");
  private static final Set<String> SCOPES = Set.of("execution", "task");
  private static final Set<String> FEEL = Set.of("feel", "https://www.omg.org/spec/dmn/20191111/feel/",
      "http://www.omg.org/spec/feel/20140401", "https://www.omg.org/spec/feel/20140401");

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern STRING_LITERAL = Pattern.compile("'(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"");
  /** An identifier chain that starts a member access or a call: {@code sla.due(}, {@code execution.id}. */
  private static final Pattern CHAIN = Pattern.compile(
      "(?<![\\w.])([A-Za-z_][A-Za-z0-9_]*)((?:\\s*\\.\\s*[A-Za-z_][A-Za-z0-9_]*)*)(\\s*\\()?");
  private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);

  private final Set<String> allowedBeans;

  public ModelSafety(Set<String> allowedBeans) {
    this.allowedBeans = Set.copyOf(allowedBeans);
  }

  public List<ModelViolation> check(Collection<ModelResource> models) {
    List<ModelViolation> violations = new ArrayList<>();
    for (ModelResource model : models) {
      if (!model.isBpmn() && !model.isDmn()) {
        continue;
      }
      if (DOCTYPE.matcher(model.text()).find()) {
        violations.add(ModelViolation.ofFile(model, "XML with a DOCTYPE is not accepted"));
        continue;
      }
      Document document;
      try {
        document = parse(model.content());
      } catch (Exception e) {
        violations.add(ModelViolation.ofFile(model, "not well-formed XML: " + e.getMessage()));
        continue;
      }
      walk(model, document.getDocumentElement(), violations);
    }
    return violations;
  }

  private void walk(ModelResource model, Element element, List<ModelViolation> violations) {
    checkElement(model, element, violations);
    NodeList children = element.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      Node child = children.item(i);
      if (child instanceof Element childElement) {
        walk(model, childElement, violations);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        checkExpressions(model, element, child.getNodeValue(), violations);
      }
    }
  }

  private void checkElement(ModelResource model, Element element, List<ModelViolation> violations) {
    String name = element.getLocalName();
    if ("scriptTask".equals(name)) {
      violations.add(violation(model, element, "script tasks are not allowed"));
    } else if ("script".equals(name) && CAMUNDA_NS.equals(element.getNamespaceURI())) {
      violations.add(violation(model, element, "scripts (camunda:script) are not allowed"));
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String attributeName = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
      String value = attribute.getValue();
      if (model.isBpmn() && "language".equals(attributeName)) {
        violations.add(violation(model, element, "script languages ('" + value + "') are not allowed"));
      } else if (model.isDmn() && "expressionLanguage".equals(attributeName)
          && !FEEL.contains(value.toLowerCase(Locale.ROOT))) {
        violations.add(violation(model, element, "DMN expressions must be FEEL, not '" + value + "'"));
      } else if ("class".equals(attributeName) && !value.startsWith(ALLOWED_DELEGATE_PACKAGE)
          && (CAMUNDA_NS.equals(attribute.getNamespaceURI()) || CAMUNDA_NS.equals(element.getNamespaceURI()))) {
        violations.add(violation(model, element,
            "Java delegate '" + value + "' is outside " + ALLOWED_DELEGATE_PACKAGE + "*"));
      } else if ("delegateExpression".equals(attributeName)) {
        checkDelegateExpression(model, element, value, violations);
      } else {
        checkExpressions(model, element, value, violations);
      }
    }
  }

  private void checkDelegateExpression(ModelResource model, Element element, String value,
      List<ModelViolation> violations) {
    Matcher expression = EXPRESSION.matcher(value.trim());
    String bean = expression.matches() ? expression.group(1).trim() : value;
    if (!allowedBeans.contains(bean)) {
      violations.add(violation(model, element,
          "delegate '" + value + "' is not an allowed bean " + allowedBeans));
    }
  }

  private void checkExpressions(ModelResource model, Element element, String text,
      List<ModelViolation> violations) {
    if (text == null || text.indexOf('{') < 0) {
      return;
    }
    Matcher expression = EXPRESSION.matcher(text);
    while (expression.find()) {
      String problem = problemOf(expression.group(1));
      if (problem != null) {
        violations.add(violation(model, element, "expression '" + expression.group() + "' " + problem));
      }
    }
  }

  /** Why an expression body is unsafe, or null when it is fine. */
  String problemOf(String body) {
    String code = STRING_LITERAL.matcher(body).replaceAll("''");
    if (body.contains("class") && (code.matches("(?s).*\\bclass\\b.*") || body.contains("'class'")
        || body.contains("\"class\"") || code.contains("getClass"))) {
      return "reaches for a Java class";
    }
    Matcher chain = CHAIN.matcher(code);
    while (chain.find()) {
      String root = chain.group(1);
      String members = chain.group(2).replaceAll("\\s", "");
      boolean call = chain.group(3) != null;
      if (isKeyword(root)) {
        continue;
      }
      if (SCOPES.contains(root) && !members.isEmpty()) {
        String first = members.substring(1).split("\\.")[0];
        if (!SAFE_SCOPE_MEMBERS.contains(first) || members.indexOf('.', 1) > 0 && call) {
          return "uses " + root + "." + first + ", which models may not touch";
        }
        continue;
      }
      if (!call) {
        continue;
      }
      if (members.isEmpty() ? !ENGINE_FUNCTIONS.contains(root) && !allowedBeans.contains(root)
          : !allowedBeans.contains(root)) {
        return "calls " + root + members + "(), but only the beans " + allowedBeans
            + " and the functions " + ENGINE_FUNCTIONS + " may be called";
      }
    }
    return null;
  }

  private static boolean isKeyword(String word) {
    return switch (word) {
      case "and", "or", "not", "eq", "ne", "lt", "gt", "le", "ge", "div", "mod", "empty", "true", "false",
          "null", "instanceof" -> true;
      default -> false;
    };
  }

  private static ModelViolation violation(ModelResource model, Element element, String problem) {
    Node node = element;
    while (node instanceof Element current) {
      if (current.hasAttribute("id")) {
        return ModelViolation.of(model, current.getAttribute("id"), problem);
      }
      node = current.getParentNode();
    }
    return ModelViolation.ofFile(model, problem);
  }

  private static Document parse(byte[] content) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setExpandEntityReferences(false);
    factory.setXIncludeAware(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new ByteArrayInputStream(content));
  }
}
