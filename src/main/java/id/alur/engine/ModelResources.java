package id.alur.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Finds the executable models and forms on the class path. The build copies the top-level
 * {@code processes/} and {@code forms/} folders under the same names; tests add their own models in the same
 * layout under {@code src/test/resources}.
 */
public final class ModelResources {

  /** Folder, then the file patterns inside it. A folder below a root must not reuse the root's name. */
  private static final Map<String, List<String>> PATTERNS = Map.of(
      "processes", List.of("**/*.bpmn", "**/*.dmn"),
      "forms", List.of("**/*.form"));

  private final ResourcePatternResolver resolver;

  public ModelResources(ResourcePatternResolver resolver) {
    this.resolver = resolver;
  }

  public static ModelResources onClassPath() {
    return new ModelResources(new PathMatchingResourcePatternResolver());
  }

  /** Every model, sorted by name; the same name twice on the class path is an error. */
  public List<ModelResource> load() {
    Map<String, ModelResource> byName = new TreeMap<>();
    PATTERNS.forEach((root, patterns) -> {
      for (String pattern : patterns) {
        for (Resource resource : resolve("classpath*:" + root + "/" + pattern)) {
          ModelResource model = new ModelResource(nameOf(resource, root), read(resource));
          ModelResource clash = byName.putIfAbsent(model.name(), model);
          if (clash != null && !clash.equals(model)) {
            throw new IllegalStateException("Two different files are deployed as " + model.name());
          }
        }
      }
    });
    List<ModelResource> models = new ArrayList<>(byName.values());
    models.sort(Comparator.comparing(ModelResource::name));
    return models;
  }

  /** The path from the root folder on, whatever the class path entry (directory or jar) holds it. */
  static String nameOf(Resource resource, String root) {
    String url;
    try {
      url = resource.getURL().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int start = url.lastIndexOf("/" + root + "/");
    if (start < 0) {
      throw new IllegalStateException("Not under " + root + "/: " + url);
    }
    return url.substring(start + 1);
  }

  private Resource[] resolve(String pattern) {
    try {
      return resolver.getResources(pattern);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource, e);
    }
  }
}
