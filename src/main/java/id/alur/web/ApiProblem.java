package id.alur.web;

import org.springframework.http.HttpStatus;

/**
 * A refusal the caller can act on: the status, the field or header it concerns (or empty), and the reason in
 * Bahasa Indonesia and English. Thrown by the app's controllers, answered by {@link ApiProblemReplies}.
 */
public class ApiProblem extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final HttpStatus status;
  private final String field;
  private final String english;

  public ApiProblem(HttpStatus status, String field, String indonesian, String english) {
    super(indonesian);
    this.status = status;
    this.field = field;
    this.english = english;
  }

  public static ApiProblem forbidden() {
    return new ApiProblem(HttpStatus.FORBIDDEN, "", "Anda tidak berwenang atas kasus ini",
        "You are not allowed to access this case");
  }

  public HttpStatus status() {
    return status;
  }

  public String field() {
    return field;
  }

  public String indonesian() {
    return getMessage();
  }

  public String english() {
    return english;
  }
}
