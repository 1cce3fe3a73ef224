package id.alur.engine;

/** One broken convention: which file, which element (or the file itself), and what is wrong. */
public record ModelViolation(String resource, String elementId, String problem) {

  static ModelViolation ofFile(ModelResource resource, String problem) {
    return new ModelViolation(resource.name(), "", problem);
  }

  static ModelViolation of(ModelResource resource, String elementId, String problem) {
    return new ModelViolation(resource.name(), elementId, problem);
  }

  @Override
  public String toString() {
    return elementId.isEmpty() ? resource + ": " + problem : resource + " [" + elementId + "]: " + problem;
  }
}
