package id.alur.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda's REST API puts an exception's message in the error body, and for a database failure that
 * message holds the SQL statement and the driver's text. A server error (5xx) from the engine's REST API or
 * the webapps' API is therefore answered with a fixed message and a reference, and the original goes to the
 * log under that reference; a client error (4xx) keeps its message unless it shows SQL, a stack trace or a
 * Java exception name. Spring's own error pages are already plain (server.error.* in application.yaml).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class SafeErrorBodies extends ResponseRewritingFilter {

  private static final Logger LOG = LoggerFactory.getLogger(SafeErrorBodies.class);
  private static final List<Pattern> INTERNALS = List.of(
      Pattern.compile("###\\s*(SQL|Error|Cause|The error)"),
      Pattern.compile("\\b(select|insert|update|delete)\\b[^\"]{0,200}\\b(from|into|set|where)\\b",
          Pattern.CASE_INSENSITIVE),
      Pattern.compile("\\bat [a-z][\\w$]*(\\.[\\w$]+)+\\("),
      Pattern.compile("\\b(org\\.(postgresql|h2|apache\\.ibatis|hibernate)|java\\.sql)\\."),
      Pattern.compile("PSQLException|SQLException|JdbcSQL"));

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !(path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/"));
  }

  @Override
  protected void rewrite(HttpServletRequest request, ContentCachingResponseWrapper caching) throws IOException {
    int status = caching.getStatus();
    String body = status >= 400 ? new String(caching.getContentAsByteArray(), StandardCharsets.UTF_8) : "";
    if (status >= 500 || status >= 400 && showsInternals(body)) {
      String reference = UUID.randomUUID().toString();
      LOG.error("{} {} answered {} (reference {}): {}", request.getMethod(), request.getRequestURI(), status,
          reference, body);
      caching.resetBuffer();
      ErrorReply.write(caching, status >= 500 ? status : HttpServletResponse.SC_BAD_REQUEST,
          status >= 500 ? "ServerError" : "InvalidRequestException",
          "Terjadi kesalahan; sebutkan kode rujukan ini kepada admin",
          "Something went wrong; give this reference to the administrator", Map.of("reference", reference));
    }
  }

  static boolean showsInternals(String body) {
    return INTERNALS.stream().anyMatch(pattern -> pattern.matcher(body).find());
  }
}
