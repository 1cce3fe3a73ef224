package id.alur.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * A browser as far as the login tests need one: keeps cookies per host and follows redirects one by one,
 * so a test can look at each step. Unlike {@link java.net.CookieManager} it sends cookies marked
 * {@code Secure} over http://localhost too, as browsers do.
 */
public final class BrowserLikeClient {

  /** One answer, with every {@code Set-Cookie} kept for tests of cookie attributes. */
  public record Response(int status, URI uri, Map<String, List<String>> headers, String body) {

    public Optional<String> header(String name) {
      return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
          .flatMap(entry -> entry.getValue().stream()).findFirst();
    }

    public List<String> setCookies() {
      return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase("set-cookie"))
          .flatMap(entry -> entry.getValue().stream()).toList();
    }

    public boolean isRedirect() {
      return status >= 300 && status < 400 && header("Location").isPresent();
    }

    public URI location() {
      return uri.resolve(header("Location").orElseThrow(() -> new IllegalStateException("no redirect: " + status)));
    }
  }

  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
  private final Map<String, Map<String, String>> cookiesByHost = new ConcurrentHashMap<>();

  public Response get(URI uri) {
    return send(HttpRequest.newBuilder(uri).GET(), uri);
  }

  public Response get(URI uri, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    headers.forEach(request::header);
    return send(request, uri);
  }

  /** The body of a GET as bytes (a PDF), with the session's cookies; anything but 200 fails. */
  public byte[] bytes(URI uri) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
    Map<String, String> cookies = cookiesByHost.getOrDefault(uri.getHost(), Map.of());
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
          .collect(Collectors.joining("; ")));
    }
    try {
      HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new AssertionError("GET " + uri + " answered " + response.statusCode());
      }
      return response.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Response postForm(URI uri, Map<String, String> fields) {
    String form = fields.entrySet().stream()
        .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
        .collect(Collectors.joining("&"));
    return post(uri, "application/x-www-form-urlencoded", form, Map.of());
  }

  public Response post(URI uri, String contentType, String body, Map<String, String> headers) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body));
    headers.forEach(request::header);
    return send(request, uri);
  }

  /** Follows redirects until an answer that is not one. */
  public Response follow(Response response) {
    Response current = response;
    for (int hops = 0; current.isRedirect(); hops++) {
      if (hops > 20) {
        throw new IllegalStateException("redirect loop at " + current.uri());
      }
      current = get(current.location());
    }
    return current;
  }

  public Optional<String> cookie(String host, String name) {
    return Optional.ofNullable(cookiesByHost.getOrDefault(host, Map.of()).get(name));
  }

  private Response send(HttpRequest.Builder request, URI uri) {
    Map<String, String> cookies = cookiesByHost.getOrDefault(uri.getHost(), Map.of());
    if (!cookies.isEmpty()) {
      request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
          .collect(Collectors.joining("; ")));
    }
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Response answer = new Response(response.statusCode(), uri, response.headers().map(), response.body());
      answer.setCookies().forEach(setCookie -> remember(uri.getHost(), setCookie));
      return answer;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private void remember(String host, String setCookie) {
    String pair = setCookie.split(";", 2)[0];
    int equals = pair.indexOf('=');
    if (equals <= 0) {
      return;
    }
    String name = pair.substring(0, equals).trim();
    String value = pair.substring(equals + 1).trim();
    Map<String, String> cookies = cookiesByHost.computeIfAbsent(host, h -> new LinkedHashMap<>());
    boolean expired = setCookie.toLowerCase().contains("max-age=0") || value.isEmpty();
    if (expired) {
      cookies.remove(name);
    } else {
      cookies.put(name, value);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
