package id.alur.form;

import id.alur.web.ResponseRewritingFilter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine's REST API answers a refused form with one line of text (and a refused start with a 500).
 * When the engine refused a submission during this request, the answer becomes a 400 that lists every
 * field, its label, what is wrong and the message in both languages:
 * {@code {"type":"FormValidationException","form":"...","fields":[{"field":"amount","problem":"ABOVE_MAX",...}]}}.
 * Ordered inside {@code SafeErrorBodies}, which would otherwise replace a 500 before this sees it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class FormRejectionBodies extends ResponseRewritingFilter {

  /** The engine calls that submit values a form checks; other answers pass untouched and unbuffered. */
  private static final Pattern SUBMISSIONS = Pattern.compile(
      "/(submit-form|complete|resolve|bpmnError|bpmnEscalation|start)$");

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !"POST".equals(request.getMethod()) || !isEngineApi(path) || !SUBMISSIONS.matcher(path).find();
  }

  @Override
  protected void rewrite(HttpServletRequest request, ContentCachingResponseWrapper answer) throws IOException {
    if (request.getAttribute(FormGuard.REQUEST_ATTRIBUTE) instanceof FormSubmissionRejected rejected
        && answer.getStatus() >= 400) {
      rejected.writeTo(answer);
    }
  }
}
