package id.alur.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Alur's HTTP APIs as its users call them: staff with their credentials, citizens and the payment channel without. */
final class Http {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  record Reply(int status, String body) {

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new IllegalStateException("not JSON (" + status + "): " + body, e);
      }
    }

    Reply expect(int expected, String what) {
      if (status != expected) {
        throw new IllegalStateException(what + ": " + status + " " + body);
      }
      return this;
    }
  }

  /** One part of a multipart body: a JSON field, or a file. */
  record Part(String name, String fileName, String contentType, byte[] content) {

    static Part json(String name, String value) {
      return new Part(name, null, "application/json", value.getBytes(StandardCharsets.UTF_8));
    }
  }

  private final String baseUrl;
  private final String authorization;

  Http(String baseUrl, String user, String password) {
    this.baseUrl = baseUrl;
    this.authorization = user == null ? null
        : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  Reply get(String path, String... headers) {
    return send(request(path, headers).GET());
  }

  Reply post(String path, String json, String... headers) {
    return send(request(path, headers).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Reply multipart(String path, List<Part> parts, String... headers) {
    String boundary = "alur-bench-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Part part : parts) {
      String disposition = "form-data; name=\"" + part.name() + "\""
          + (part.fileName() == null ? "" : "; filename=\"" + part.fileName() + "\"");
      body.writeBytes(("--" + boundary + "\r\nContent-Disposition: " + disposition + "\r\nContent-Type: "
          + part.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      body.writeBytes(part.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request(path, headers).header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private HttpRequest.Builder request(String path, String... headers) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60));
    if (authorization != null) {
      builder.header("Authorization", authorization);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      builder.header(headers[i], headers[i + 1]);
    }
    return builder;
  }

  private static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    } catch (IOException e) {
      return new Reply(-1, e.toString());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Reply(-1, "interrupted");
    }
  }

  static Map<String, Object> variable(Object value) {
    return Map.of("value", value);
  }
}
