package id.alur.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A class loader that is its parent in everything but one: what {@link java.util.ServiceLoader} asks for, the
 * {@code META-INF/services/} files, it reads from the parent once and answers from memory after that. Classes and every
 * other resource come from the parent as they are; it defines no class of its own.
 */
final class ServiceFileCache extends ClassLoader {

  private static final String SERVICES = "META-INF/services/";

  private final Map<String, List<URL>> files = new ConcurrentHashMap<>();

  ServiceFileCache(ClassLoader parent) {
    super(parent);
  }

  @Override
  protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
    // Straight to the parent, without the per-name lock a class loader of its own classes would need.
    return getParent().loadClass(name);
  }

  @Override
  public Enumeration<URL> getResources(String name) throws IOException {
    if (!name.startsWith(SERVICES)) {
      return getParent().getResources(name);
    }
    List<URL> copies = files.get(name);
    if (copies == null) {
      copies = copiesOf(name);
      files.put(name, copies);
    }
    return Collections.enumeration(copies);
  }

  private List<URL> copiesOf(String name) throws IOException {
    List<URL> copies = new ArrayList<>();
    for (URL url : Collections.list(getParent().getResources(name))) {
      byte[] content;
      try (InputStream in = url.openStream()) {
        content = in.readAllBytes();
      }
      copies.add(new URL("alur-service-file", null, -1, "/" + copies.size() + "/" + name, new InMemory(content)));
    }
    return List.copyOf(copies);
  }

  /** Serves one file's bytes, read once. */
  private static final class InMemory extends URLStreamHandler {

    private final byte[] content;

    InMemory(byte[] content) {
      this.content = content;
    }

    @Override
    protected URLConnection openConnection(URL url) {
      return new URLConnection(url) {
        @Override
        public void connect() {
        }

        @Override
        public InputStream getInputStream() {
          return new ByteArrayInputStream(content);
        }
      };
    }
  }
}
