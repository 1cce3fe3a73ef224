package id.alur.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The realm file as code: what it must hold, checked without a Keycloak (KeycloakLoginIT runs one). */
class KeycloakRealmTest {

  private static final JsonNode REALM = read();

  @Test
  @DisplayName("one group per OPD and role, plus the cross-city roles, with the demo users of the embedded profile")
  void groupsAndDemoUsersFollowTheOpdDirectory() throws IOException {
    List<String> opds = Files.readAllLines(Path.of("src/main/resources/db/changelog/identity/opd-tangsel.csv"))
        .stream().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",")[0]).toList();
    Set<String> expectedGroups = new TreeSet<>(Set.of("coordinator", "designer", "auditor", "camunda-admin"));
    Set<String> expectedUsers = new TreeSet<>(Set.of("coordinator", "designer", "auditor", "admin"));
    for (String opd : opds) {
      expectedGroups.addAll(List.of(opd, opd + "-head"));
      expectedUsers.addAll(List.of("clerk." + opd, "head." + opd));
    }
    assertThat(new TreeSet<>(texts(REALM.get("groups"), "name"))).isEqualTo(expectedGroups);
    assertThat(new TreeSet<>(texts(REALM.get("users"), "username"))).isEqualTo(expectedUsers);
    assertThat(user("head.dpmptsp").get("groups").toString()).isEqualTo("[\"/dpmptsp\",\"/dpmptsp-head\"]");
  }

  @Test
  @DisplayName("brute-force protection and a BSSN 4/2021 password policy")
  void bruteForceAndPasswordPolicy() {
    assertThat(REALM.get("bruteForceProtected").asBoolean()).isTrue();
    assertThat(REALM.get("failureFactor").asInt()).isBetween(3, 10);
    assertThat(REALM.get("passwordPolicy").asText()).contains("length(12)", "upperCase(1)", "lowerCase(1)",
        "digits(1)", "specialChars(1)");
  }

  @Test
  @DisplayName("the web client: public, code flow with PKCE S256, exact redirect URIs, groups and the API audience")
  void webClient() {
    JsonNode web = client("alur-web");
    assertThat(web.get("publicClient").asBoolean()).isTrue();
    assertThat(web.get("standardFlowEnabled").asBoolean()).isTrue();
    assertThat(web.get("implicitFlowEnabled").asBoolean()).isFalse();
    assertThat(web.get("directAccessGrantsEnabled").asBoolean()).isFalse();
    assertThat(web.at("/attributes/pkce.code.challenge.method").asText()).isEqualTo("S256");
    assertThat(texts(web.get("redirectUris"), null)).containsExactly(
        "${ALUR_BASE_URL:http://localhost:8080}/login/oauth2/code/keycloak").noneMatch(uri -> uri.contains("*"));
    assertThat(web.toString()).contains("oidc-group-membership-mapper").contains("\"included.custom.audience\":\"alur-api\"");
    assertThat(client("alur-api").get("bearerOnly").asBoolean()).isTrue();
  }

  @Test
  @DisplayName("designers and admins must log in with a one-time code")
  void oneTimeCodeForDesignersAndAdmins() {
    for (JsonNode group : REALM.get("groups")) {
      boolean needsOtp = Set.of("designer", "camunda-admin").contains(group.get("name").asText());
      assertThat(group.path("realmRoles").toString().contains("otp-required")).as(group.get("name").asText())
          .isEqualTo(needsOtp);
    }
    assertThat(REALM.get("browserFlow").asText()).isEqualTo("alur browser");
    JsonNode conditional = StreamSupport.stream(REALM.get("authenticationFlows").spliterator(), false)
        .filter(flow -> flow.get("alias").asText().equals("alur browser Browser - Conditional 2FA")).findFirst()
        .orElseThrow();
    assertThat(conditional.toString()).contains("conditional-user-role").contains("auth-otp-form");
    assertThat(REALM.toString()).contains("\"condUserRole\":\"otp-required\"");
  }

  private static JsonNode user(String username) {
    return StreamSupport.stream(REALM.get("users").spliterator(), false)
        .filter(user -> user.get("username").asText().equals(username)).findFirst().orElseThrow();
  }

  private static JsonNode client(String clientId) {
    return StreamSupport.stream(REALM.get("clients").spliterator(), false)
        .filter(client -> client.get("clientId").asText().equals(clientId)).findFirst().orElseThrow();
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> values = new ArrayList<>();
    array.forEach(node -> values.add(field == null ? node.asText() : node.get(field).asText()));
    return values;
  }

  private static JsonNode read() {
    try {
      return new ObjectMapper().readTree(Path.of("keycloak/alur-realm.json").toFile());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
