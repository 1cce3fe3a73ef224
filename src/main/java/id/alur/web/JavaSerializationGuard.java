package id.alur.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The engine refuses Java-serialized variables (they run code when read back), but its REST API reports
 * that as a 500. This answers 400 first, naming the variables, for every way in: JSON variables with
 * {@code serializationDataFormat: application/x-java-serialized-object} and multipart variable uploads of
 * that type, on the engine's REST API and the webapps' copy of it.
 */
@Component
@Order(SecurityProperties.DEFAULT_FILTER_ORDER + 10)
class JavaSerializationGuard extends OncePerRequestFilter {

  static final String JAVA_FORMAT = "application/x-java-serialized-object";
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return "GET".equals(request.getMethod()) || !ResponseRewritingFilter.isEngineApi(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    byte[] body = request.getInputStream().readAllBytes();
    String text = new String(body, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
    if (text.contains(JAVA_FORMAT)) {
      List<String> variables = javaVariables(body);
      ErrorReply.write(response, HttpServletResponse.SC_BAD_REQUEST, "InvalidRequestException",
          "Variabel berformat serialisasi Java tidak diterima: " + variables,
          "Java-serialized variables are not accepted: " + variables, Map.of("variables", variables));
      return;
    }
    chain.doFilter(new Replayed(request, body), response);
  }

  private static List<String> javaVariables(byte[] body) {
    List<String> names = new ArrayList<>();
    try {
      collect(JSON.readTree(body), names);
    } catch (IOException notJson) {
      names.add("(multipart)");
    }
    return names;
  }

  private static void collect(JsonNode node, List<String> names) {
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode format = field.getValue().path("valueInfo").path("serializationDataFormat");
      if (format.asText("").toLowerCase(Locale.ROOT).contains(JAVA_FORMAT)) {
        names.add(field.getKey());
      }
      collect(field.getValue(), names);
    }
    if (node.isArray()) {
      node.forEach(element -> collect(element, names));
    }
  }

  /** The request again, with the body already read. */
  private static final class Replayed extends HttpServletRequestWrapper {

    private final byte[] body;

    Replayed(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
          return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous body");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
