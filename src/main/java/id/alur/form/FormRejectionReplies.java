package id.alur.form;

import id.alur.web.ErrorReply;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The app's own APIs answer a refused form the way the engine's REST API does ({@link FormRejectionBodies}). */
@RestControllerAdvice
class FormRejectionReplies {

  @ExceptionHandler(FormSubmissionRejected.class)
  void rejected(FormSubmissionRejected rejected, HttpServletResponse response) throws IOException {
    ErrorReply.write(response, HttpServletResponse.SC_BAD_REQUEST, "FormValidationException",
        rejected.getMessage(), rejected.messageEn(), Map.of("form", rejected.formId(), "fields", rejected.fields()));
  }
}
