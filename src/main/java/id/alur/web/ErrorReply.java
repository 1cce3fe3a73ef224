package id.alur.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;

/**
 * A JSON error body in the shape Camunda's REST API uses ({@code type}, {@code message}), with the message
 * in Bahasa Indonesia and English, so that clients of {@code /engine-rest} and {@code /api} read one shape.
 */
public final class ErrorReply {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ErrorReply() {
  }

  public static void write(HttpServletResponse response, int status, String type, String indonesian,
      String english, Map<String, Object> details) throws IOException {
    ObjectNode body = JSON.createObjectNode();
    body.put("type", type);
    body.put("message", indonesian + " / " + english);
    body.put("messageId", indonesian);
    body.put("messageEn", english);
    details.forEach((key, value) -> body.set(key, JSON.valueToTree(value)));
    response.resetBuffer();
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding("UTF-8");
    response.getWriter().write(JSON.writeValueAsString(body));
    response.flushBuffer();
  }
}
