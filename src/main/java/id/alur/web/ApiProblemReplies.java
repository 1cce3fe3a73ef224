package id.alur.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Answers the app's own API refusals in the one error shape ({@link ErrorReply}). */
@RestControllerAdvice
class ApiProblemReplies {

  @ExceptionHandler(ApiProblem.class)
  void problem(ApiProblem problem, HttpServletResponse response) throws IOException {
    ErrorReply.write(response, problem.status().value(), problem.status().name(), problem.indonesian(),
        problem.english(), problem.field().isEmpty() ? Map.of() : Map.of("field", problem.field()));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  void unreadableBody(HttpMessageNotReadableException unreadable, HttpServletResponse response) throws IOException {
    ErrorReply.write(response, 400, "BAD_REQUEST", "Isi permintaan bukan JSON yang sah untuk alamat ini",
        "The request body is not valid JSON for this address", Map.of("field", "body"));
  }

  @ExceptionHandler(MissingRequestHeaderException.class)
  void missingHeader(MissingRequestHeaderException missing, HttpServletResponse response) throws IOException {
    ErrorReply.write(response, 400, "BAD_REQUEST", "Header " + missing.getHeaderName() + " wajib diisi",
        "Header " + missing.getHeaderName() + " is required", Map.of("field", missing.getHeaderName()));
  }
}
