package id.alur.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist in the user's language. Tasklist picks its own language from the browser's, and the browser
 * sends the same preference with every request (Accept-Language): when English comes first, the answers
 * Tasklist reads (tasks, filters, process definitions, deployed forms) get their English texts from
 * {@link EnglishTexts}. Otherwise they stay as the models are written, in Bahasa Indonesia.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class TasklistLanguage extends OncePerRequestFilter {

  /** The engine resources whose answers carry model texts, under both copies of the engine's REST API. */
  private static final Pattern TRANSLATED = Pattern.compile(
      "/(engine-rest|camunda/api/engine/engine/[^/]+)/(task|filter|process-definition)(/.*)?");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final EnglishTexts english;

  TasklistLanguage(EnglishTexts english) {
    this.english = english;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !Locale.ENGLISH.getLanguage().equals(request.getLocale().getLanguage())
        || request.getHeader("Accept-Language") == null
        || !TRANSLATED.matcher(request.getRequestURI()).matches();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, caching);
      String type = caching.getContentType();
      if (caching.getStatus() == HttpServletResponse.SC_OK && type != null && type.contains("json")
          && caching.getContentSize() > 0) {
        JsonNode body = JSON.readTree(caching.getContentAsByteArray());
        english.translate(body);
        caching.resetBuffer();
        caching.getOutputStream().write(JSON.writeValueAsBytes(body));
      }
    } finally {
      caching.copyBodyToResponse();
    }
  }
}
