package id.alur.form;

import java.util.List;

/** A form file that Alur cannot check submissions against; the message names the file and every problem. */
public class MalformedFormException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String resourceName;
  private final List<String> problems;

  MalformedFormException(String resourceName, List<String> problems) {
    super(resourceName + ": " + String.join("; ", problems));
    this.resourceName = resourceName;
    this.problems = List.copyOf(problems);
  }

  public String resourceName() {
    return resourceName;
  }

  public List<String> problems() {
    return problems;
  }
}
