package id.alur.keycloak;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alur.keycloak.BrowserLikeClient.Response;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logs a user in at the test Keycloak the way a browser does: the login form, the one-time-code set-up
 * that designers and admins meet at their first login, and the one-time code after that.
 */
public final class KeycloakLogin {

  public static final String ISSUER = System.getProperty("alur.it.keycloak.issuer", "http://127.0.0.1:18180/realms/alur");
  public static final String APP = System.getProperty("alur.it.app-base-url", "http://localhost:18080");
  public static final String REDIRECT_URI = APP + "/login/oauth2/code/keycloak";

  /** Tokens of one login of the web client. */
  public record Tokens(String accessToken, String idToken, String refreshToken) {
  }

  /** Keycloak said no; the message is the one it showed. */
  public static final class LoginRefused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LoginRefused(String message) {
      super(message);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Map<String, String> OTP_SECRETS = new ConcurrentHashMap<>();
  private static final Pattern FORM_ACTION = Pattern.compile("<form[^>]*action=\"([^\"]+)\"");
  private static final Pattern PAGE_ID = Pattern.compile("data-page-id=\"([^\"]+)\"");
  private static final Pattern TOTP_SECRET = Pattern.compile("name=\"totpSecret\" value=\"([^\"]+)\"");
  private static final Pattern ERROR = Pattern.compile("kc-feedback-text\">\\s*([^<]*[^<\\s])\\s*<");

  private KeycloakLogin() {
  }

  /** Signs in from {@code start} and answers the first page that is not Keycloak's. */
  public static Response signIn(BrowserLikeClient client, URI start, String username, String password) {
    return signIn(client, start, username, password, null);
  }

  /**
   * Signs in from {@code start}; with {@code stopAtPrefix}, answers the redirect to that address without
   * following it (to catch the authorization code).
   */
  public static Response signIn(BrowserLikeClient client, URI start, String username, String password,
      String stopAtPrefix) {
    Response response = client.get(start);
    boolean passwordSent = false;
    for (int step = 0; step < 40; step++) {
      if (response.isRedirect()) {
        if (stopAtPrefix != null && response.location().toString().startsWith(stopAtPrefix)) {
          return response;
        }
        response = client.get(response.location());
        continue;
      }
      String page = match(PAGE_ID, response.body());
      if (page == null) {
        return response;
      }
      URI action = URI.create(match(FORM_ACTION, response.body()).replace("&amp;", "&"));
      if (response.body().contains("id=\"kc-form-login\"")) {
        if (passwordSent) {
          throw new LoginRefused(String.valueOf(match(ERROR, response.body())));
        }
        response = client.postForm(action, Map.of("username", username, "password", password, "credentialId", ""));
        passwordSent = true;
      } else if (page.equals("login-login-config-totp")) {
        String secret = match(TOTP_SECRET, response.body());
        OTP_SECRETS.put(username, secret);
        response = client.postForm(action, Map.of("totp", Totp.code(secret, System.currentTimeMillis()),
            "totpSecret", secret, "userLabel", "alur-it"));
      } else if (page.equals("login-login-otp")) {
        String secret = OTP_SECRETS.get(username);
        if (secret == null) {
          throw new LoginRefused(username + " asks for a one-time code that this test run did not set up");
        }
        response = client.postForm(action, Map.of("otp", Totp.code(secret, System.currentTimeMillis())));
      } else {
        return response;
      }
    }
    throw new IllegalStateException("login of " + username + " did not finish");
  }

  /** Whether this user went through the one-time-code set-up in this test run. */
  public static boolean setUpOneTimeCodes(String username) {
    return OTP_SECRETS.containsKey(username);
  }

  /** An authorization-code login with PKCE as the web client, without the app: the tokens it would get. */
  public static Tokens tokens(String username, String password) {
    String verifier = random();
    String state = random();
    URI authorize = URI.create(ISSUER + "/protocol/openid-connect/auth?client_id=alur-web&response_type=code"
        + "&scope=openid&redirect_uri=" + encode(REDIRECT_URI) + "&state=" + state
        + "&code_challenge=" + challenge(verifier) + "&code_challenge_method=S256");
    BrowserLikeClient client = new BrowserLikeClient();
    Response redirect = signIn(client, authorize, username, password, REDIRECT_URI);
    Map<String, String> query = query(redirect.location());
    if (!state.equals(query.get("state")) || query.get("code") == null) {
      throw new LoginRefused("no code for " + username + ": " + redirect.location());
    }
    Response token = client.postForm(URI.create(ISSUER + "/protocol/openid-connect/token"), Map.of(
        "grant_type", "authorization_code", "code", query.get("code"), "redirect_uri", REDIRECT_URI,
        "client_id", "alur-web", "code_verifier", verifier));
    Map<String, Object> body = parse(token.body());
    if (token.status() != 200) {
      throw new LoginRefused("token endpoint answered " + token.status() + ": " + token.body());
    }
    return new Tokens((String) body.get("access_token"), (String) body.get("id_token"),
        (String) body.get("refresh_token"));
  }

  /** The claims of a token, unverified: for assertions only. */
  public static Map<String, Object> claims(String jwt) {
    return parse(new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8));
  }

  private static Map<String, Object> parse(String json) {
    try {
      return JSON.readValue(json, new TypeReference<Map<String, Object>>() { });
    } catch (Exception e) {
      throw new IllegalStateException("not JSON: " + json, e);
    }
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> values = new HashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int equals = pair.indexOf('=');
      values.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
    }
    return values;
  }

  private static String match(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group(1) : null;
  }

  private static String random() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String challenge(String verifier) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
