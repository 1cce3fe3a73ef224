package id.alur.form;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** The app's own APIs answer a refused form the way the engine's REST API does ({@link FormRejectionBodies}). */
@RestControllerAdvice
class FormRejectionReplies {

  @ExceptionHandler(FormSubmissionRejected.class)
  void rejected(FormSubmissionRejected rejected, HttpServletResponse response) throws IOException {
    rejected.writeTo(response);
  }
}
