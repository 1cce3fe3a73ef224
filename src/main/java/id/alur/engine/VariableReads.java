package id.alur.engine;

import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The variables a model reads, found in its XML: every name an expression starts from ({@code ${approved}},
 * {@code ${amount > 5}}, an input mapping {@code ${x}} that hands a value to a delegate), the sources of a
 * call activity's {@code camunda:in} mappings, and the names a DMN table's input expressions use. A call
 * activity passing {@code variables="all"} reads everything. Function calls ({@code now()}) and bean methods
 * ({@code sla.due(...)}: only {@code sla} is a root) are not variables but are harmless here.
 */
final class VariableReads {

  private static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern LITERAL = Pattern.compile("'[^']*'|\"[^\"]*\"");
  private static final Pattern NAME = Pattern.compile("(?<![\\w.$])([A-Za-z_][A-Za-z0-9_]*+)(?!\\s*\\()");

  private final Set<String> names = new HashSet<>();
  private boolean everything;

  private VariableReads() {
  }

  /** The variables a BPMN file's expressions and mappings read. */
  static VariableReads ofBpmn(byte[] xml) {
    VariableReads reads = new VariableReads();
    reads.walkBpmn(parse(xml).getDocumentElement());
    return reads;
  }

  /** Adds the names the input expressions of a DMN file read (FEEL or JUEL, with or without ${}). */
  void addDmn(byte[] xml) {
    NodeList inputs = parse(xml).getElementsByTagNameNS("*", "inputExpression");
    for (int i = 0; i < inputs.getLength(); i++) {
      String text = inputs.item(i).getTextContent();
      names(text.contains("{") ? expressionsIn(text) : text);
    }
  }

  boolean reads(String variable) {
    return everything || names.contains(variable);
  }

  private void walkBpmn(Element element) {
    if (CAMUNDA_NS.equals(element.getNamespaceURI()) && "in".equals(element.getLocalName())) {
      everything |= "all".equals(element.getAttribute("variables"));
      if (!element.getAttribute("source").isEmpty()) {
        names.add(element.getAttribute("source"));
      }
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      names(expressionsIn(attributes.item(i).getNodeValue()));
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof Element childElement) {
        walkBpmn(childElement);
      } else if (child.getNodeType() == Node.TEXT_NODE || child.getNodeType() == Node.CDATA_SECTION_NODE) {
        names(expressionsIn(child.getNodeValue()));
      }
    }
  }

  private static String expressionsIn(String text) {
    StringBuilder expressions = new StringBuilder();
    Matcher matcher = EXPRESSION.matcher(text);
    while (matcher.find()) {
      expressions.append(' ').append(matcher.group(1));
    }
    return expressions.toString();
  }

  private void names(String expression) {
    Matcher matcher = NAME.matcher(LITERAL.matcher(expression).replaceAll(" "));
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
  }

  private static Document parse(byte[] xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      DocumentBuilder builder = factory.newDocumentBuilder();
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      throw new IllegalArgumentException("not readable XML: " + e.getMessage(), e);
    }
  }
}
