package id.alur.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One deployable file: its name inside the deployment ({@code processes/permit/PermitApplication.bpmn}) and
 * its bytes.
 */
public record ModelResource(String name, byte[] content) {

  public String fileName() {
    return name.substring(name.lastIndexOf('/') + 1);
  }

  /** The file name without its extension: by convention the process, decision or form id. */
  public String baseName() {
    String file = fileName();
    int dot = file.indexOf('.');
    return dot < 0 ? file : file.substring(0, dot);
  }

  public boolean isBpmn() {
    return name.endsWith(".bpmn");
  }

  public boolean isDmn() {
    return name.endsWith(".dmn");
  }

  public boolean isForm() {
    return name.endsWith(".form");
  }

  public String text() {
    return new String(content, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ModelResource that
        && name.equals(that.name)
        && Arrays.equals(content, that.content);
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + Arrays.hashCode(content);
  }

  @Override
  public String toString() {
    return name;
  }
}
