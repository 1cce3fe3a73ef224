package id.alur.tasklist;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alur.web.ResponseRewritingFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Tasklist in the user's language. Tasklist picks its own language from the browser's, and the browser
 * sends the same preference with every request (Accept-Language): when English comes first, the answers
 * Tasklist reads (tasks, filters, process definitions, deployed forms) get their English texts from
 * {@link EnglishTexts}. Otherwise they stay as the models are written, in Bahasa Indonesia.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class TasklistLanguage extends ResponseRewritingFilter {

  /**
   * The answers that carry model texts (task lists and tasks, filters and their lists, process definitions,
   * deployed forms), under both copies of the engine's REST API; never variables, files or diagrams.
   */
  private static final Pattern TRANSLATED = Pattern.compile("/(engine-rest|camunda/api/engine/engine/[^/]+)/("
      + "task(/[^/]+(/deployed-form)?)?|filter(/[^/]+(/list|/singleResult)?)?"
      + "|process-definition(/[^/]+|/key/[^/]+)?(/deployed-start-form)?)");
  private static final Logger LOG = LoggerFactory.getLogger(TasklistLanguage.class);
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
  protected void rewrite(HttpServletRequest request, ContentCachingResponseWrapper answer) throws IOException {
    String type = answer.getContentType();
    if (answer.getStatus() == HttpServletResponse.SC_OK && type != null && type.contains("json")
        && answer.getContentSize() > 0) {
      JsonNode body;
      try {
        body = JSON.readTree(answer.getContentAsByteArray());
      } catch (IOException e) {
        LOG.debug("Not translated, not JSON: {}", request.getRequestURI(), e);
        return;
      }
      english.translate(body);
      answer.resetBuffer();
      answer.setCharacterEncoding("UTF-8");
      answer.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
  }
}
