package id.alur.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The engine's REST API finds through the cache exactly what it finds through the application's class loader. */
class ServiceFileCacheTest {

  private final ClassLoader application = getClass().getClassLoader();
  private final ServiceFileCache cache = new ServiceFileCache(application);

  private static List<Class<?>> providers(ClassLoader loader) {
    return ServiceLoader.load(ProcessEngineProvider.class, loader).stream()
        .<Class<?>>map(ServiceLoader.Provider::type).toList();
  }

  @Test
  @DisplayName("a service lookup finds the same provider classes, the first time and every time after")
  void sameProviders() {
    List<Class<?>> expected = providers(application);

    assertThat(expected).isNotEmpty();
    assertThat(providers(cache)).isEqualTo(expected);
    assertThat(providers(cache)).isEqualTo(expected);
  }

  @Test
  @DisplayName("classes and other resources come from the application's class loader unchanged")
  void everythingElseUnchanged() throws Exception {
    assertThat(cache.loadClass(ProcessEngineProvider.class.getName())).isSameAs(ProcessEngineProvider.class);
    String resource = "process-tests.camunda.cfg.xml";
    assertThat(cache.getResource(resource)).isEqualTo(application.getResource(resource));
    assertThat(Collections.list(cache.getResources(resource)))
        .isEqualTo(Collections.list(application.getResources(resource)));
  }

  @Test
  @DisplayName("a service file is read once: its copy answers after that")
  void readOnce() throws Exception {
    String name = "META-INF/services/" + ProcessEngineProvider.class.getName();
    List<URL> first = Collections.list(cache.getResources(name));

    assertThat(first).hasSameSizeAs(Collections.list(application.getResources(name)));
    assertThat(Collections.list(cache.getResources(name))).isEqualTo(first);
    try (var in = first.get(0).openStream(); var original = application.getResources(name).nextElement().openStream()) {
      assertThat(in.readAllBytes()).isEqualTo(original.readAllBytes());
    }
  }
}
