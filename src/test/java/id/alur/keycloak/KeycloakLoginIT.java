package id.alur.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import id.alur.MinimalDeployment;
import id.alur.PostgresIntegrationTest;
import id.alur.StaffHttp;
import id.alur.StaffHttp.Reply;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.TrackingNumber;
import id.alur.keycloak.BrowserLikeClient.Response;
import id.alur.keycloak.KeycloakLogin.Tokens;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The keycloak profile against a real Keycloak (keycloak/test-server, started by ./mvnw verify) with the
 * realm of keycloak/alur-realm.json. The app listens on the fixed port that the realm's exact redirect URI
 * names.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT, properties = {
    "server.port=${alur.it.app.port:18080}",
    "alur.keycloak.issuer=${alur.it.keycloak.issuer:http://127.0.0.1:18180/realms/alur}"})
@ActiveProfiles({"postgres", "keycloak"})
class KeycloakLoginIT extends PostgresIntegrationTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String TASKLIST = KeycloakLogin.APP + "/camunda/app/tasklist/default/";
  private static final String ENGINE_API = KeycloakLogin.APP + "/camunda/api/engine/engine/default";

  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired IdentityService identityService;
  @Autowired CaseRegistry caseRegistry;

  String dlhTask;
  String dinkesTask;
  TrackingNumber dlhCase;
  TrackingNumber dinkesCase;

  @BeforeEach
  void tasksAndCasesOfTwoOpds() {
    dlhTask = taskOf(runtimeService.startProcessInstanceByKey("PlatformSmokeTest", Map.of("opd", "dlh")).getId());
    dinkesTask = taskOf(runtimeService.startProcessInstanceByKey("PlatformSmokeTest", Map.of("opd", "dinkes")).getId());
    dlhCase = caseRegistry.open("PRM", "dlh", CaseStatus.DIAJUKAN);
    dinkesCase = caseRegistry.open("PRM", "dinkes", CaseStatus.DIAJUKAN);
  }

  private String taskOf(String instanceId) {
    return taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
  }

  private static StaffHttp bearer(String token) {
    return StaffHttp.bearer(KeycloakLogin.APP, token);
  }

  @Nested
  @DisplayName("the webapps")
  class Webapps {

    @Test
    @DisplayName("a clerk logs in to Tasklist at Keycloak and sees only their OPD's tasks there")
    void singleSignOnToTasklist() throws Exception {
      BrowserLikeClient browser = new BrowserLikeClient();
      Response tasklist = KeycloakLogin.signIn(browser, URI.create(TASKLIST), "clerk.dlh", DEMO_PASSWORD);
      assertThat(tasklist.status()).as(tasklist.uri() + " " + tasklist.body()).isEqualTo(200);
      assertThat(tasklist.uri().toString()).startsWith(TASKLIST);
      assertThat(KeycloakLogin.setUpOneTimeCodes("clerk.dlh")).as("clerks need no one-time code").isFalse();

      JsonNode user = json(browser.get(URI.create(KeycloakLogin.APP + "/camunda/api/admin/auth/user/default")));
      assertThat(user.get("userId").asText()).isEqualTo("clerk.dlh");
      assertThat(user.get("authorizedApps").toString()).contains("tasklist").doesNotContain("cockpit");
      assertThat(identityService.createUserQuery().userId("clerk.dlh").singleResult().getLastName()).isEqualTo("DLH");

      List<String> visible = json(browser.get(URI.create(ENGINE_API + "/task?maxResults=100"))).findValuesAsText("id");
      assertThat(visible).contains(dlhTask).doesNotContain(dinkesTask);

      String xsrf = browser.cookie("localhost", "XSRF-TOKEN").orElseThrow();
      Map<String, String> withToken = Map.of("X-XSRF-TOKEN", xsrf);
      assertThat(claim(browser, dinkesTask, withToken).status()).isIn(403, 404);
      assertThat(claim(browser, dlhTask, withToken).status()).isEqualTo(204);
      assertThat(taskService.createTaskQuery().taskId(dlhTask).singleResult().getAssignee()).isEqualTo("clerk.dlh");

      Response forged = browser.post(URI.create(ENGINE_API + "/task/" + dlhTask + "/unclaim"), "application/json", "",
          Map.of());
      assertThat(forged.status()).as("a change without the CSRF header").isEqualTo(403);
      assertThat(taskService.createTaskQuery().taskId(dlhTask).singleResult().getAssignee()).isEqualTo("clerk.dlh");
      assertThat(browser.get(URI.create(ENGINE_API + "/task?maxResults=1")).status())
          .as("Camunda ends the session of a forged request").isEqualTo(401);
    }

    @Test
    @DisplayName("the session cookie is Secure, HttpOnly and SameSite; the XSRF cookie Secure and SameSite")
    void cookies() {
      BrowserLikeClient browser = new BrowserLikeClient();
      Response first = browser.get(URI.create(TASKLIST));
      assertThat(first.isRedirect()).isTrue();
      String session = first.setCookies().stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
      assertThat(session).contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");

      Response tasklist = KeycloakLogin.signIn(browser, URI.create(TASKLIST), "clerk.dinkes", DEMO_PASSWORD);
      String xsrf = tasklist.setCookies().stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow();
      assertThat(xsrf).contains("Secure").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    @DisplayName("an auditor reaches the auditors' pages through the Keycloak login; a clerk is refused there")
    void auditorsPagesThroughKeycloak() {
      URI search = URI.create(KeycloakLogin.APP + "/audit/cases?trackingNumber=" + dlhCase.value());
      Response page = KeycloakLogin.signIn(new BrowserLikeClient(), search, "auditor", DEMO_PASSWORD);
      assertThat(page.status()).as(page.uri() + " " + page.body()).isEqualTo(200);
      assertThat(page.uri().getPath()).isEqualTo("/audit/cases");
      assertThat(page.body()).contains("Pencarian kasus").contains(">" + dlhCase.value() + "</a>")
          .contains("Masuk sebagai auditor");

      Response clerk = KeycloakLogin.signIn(new BrowserLikeClient(), search, "clerk.dlh", DEMO_PASSWORD);
      assertThat(clerk.status()).isEqualTo(403);

      Response loginPage = KeycloakLogin.signIn(new BrowserLikeClient(),
          URI.create(KeycloakLogin.APP + "/audit/login"), "auditor", DEMO_PASSWORD);
      assertThat(loginPage.uri().getPath()).as("with Keycloak the pages have no login form of their own")
          .isEqualTo("/audit/cases");
    }

    @Test
    @DisplayName("logging out ends the Keycloak session too")
    void singleLogout() {
      BrowserLikeClient browser = new BrowserLikeClient();
      KeycloakLogin.signIn(browser, URI.create(TASKLIST), "head.dlh", DEMO_PASSWORD);

      Response logout = browser.get(URI.create(KeycloakLogin.APP + "/logout"));
      assertThat(logout.location().toString()).startsWith(KeycloakLogin.ISSUER + "/protocol/openid-connect/logout")
          .contains("id_token_hint=");
      Response afterLogout = browser.follow(logout);

      assertThat(afterLogout.body()).as("Keycloak asks for the password again").contains("id=\"kc-form-login\"");
      assertThat(browser.get(URI.create(KeycloakLogin.APP + "/camunda/api/admin/auth/user/default")).status())
          .isEqualTo(401);
    }

    private Response claim(BrowserLikeClient browser, String taskId, Map<String, String> headers) {
      return browser.post(URI.create(ENGINE_API + "/task/" + taskId + "/claim"), "application/json",
          "{\"userId\": \"clerk.dlh\"}", headers);
    }
  }

  @Nested
  @DisplayName("the APIs")
  class Apis {

    @Test
    @DisplayName("a token's groups are the engine groups of that request, and of that request only")
    void bearerTokensCarryTheGroups() {
      Tokens dlh = KeycloakLogin.tokens("clerk.dlh", DEMO_PASSWORD);
      Map<String, Object> claims = KeycloakLogin.claims(dlh.accessToken());
      assertThat(claims.get("iss")).isEqualTo(KeycloakLogin.ISSUER);
      assertThat(claims.get("aud").toString()).contains("alur-api");
      assertThat(claims.get("groups")).isEqualTo(List.of("dlh"));
      Tokens dinkes = KeycloakLogin.tokens("clerk.dinkes", DEMO_PASSWORD);

      for (int round = 0; round < 3; round++) {
        assertThat(bearer(dlh.accessToken()).get("/engine-rest/task?maxResults=100").json().findValuesAsText("id"))
            .contains(dlhTask).doesNotContain(dinkesTask);
        assertThat(bearer(dinkes.accessToken()).get("/engine-rest/task?maxResults=100").json().findValuesAsText("id"))
            .contains(dinkesTask).doesNotContain(dlhTask);
      }
      assertThat(bearer(dlh.accessToken()).get("/api/cases/" + dlhCase.value()).status()).isEqualTo(200);
      assertThat(bearer(dlh.accessToken()).get("/api/cases/" + dinkesCase.value()).status()).isEqualTo(403);
      assertThat(bearer(dlh.accessToken()).post("/engine-rest/task/" + dinkesTask + "/complete",
          "{\"variables\": {\"approved\": {\"value\": true}}}").status()).isEqualTo(403);
    }

    @Test
    @DisplayName("passwords, ID tokens, other realms' and unsigned tokens get 401")
    void onlyTheAppsTokensAreAccepted() throws Exception {
      assertThat(anonymous().get("/engine-rest/task?maxResults=10").status()).isEqualTo(401);
      assertThat(as("clerk.dlh").get("/engine-rest/task?maxResults=10").status()).as("HTTP Basic").isEqualTo(401);

      Tokens dlh = KeycloakLogin.tokens("clerk.dlh", DEMO_PASSWORD);
      assertThat(KeycloakLogin.claims(dlh.idToken()).get("aud")).isEqualTo("alur-web");
      assertThat(bearer(dlh.idToken()).get("/engine-rest/task?maxResults=10").status()).as("wrong audience")
          .isEqualTo(401);
      assertThat(bearer(masterRealmAdminToken()).get("/engine-rest/task?maxResults=10").status())
          .as("wrong issuer").isEqualTo(401);

      JWTClaimsSet forged = JWTClaimsSet.parse(KeycloakLogin.claims(dlh.accessToken()));
      forged = new JWTClaimsSet.Builder(forged).claim("groups", List.of("camunda-admin"))
          .expirationTime(new Date(System.currentTimeMillis() + 600_000)).build();
      assertThat(bearer(new PlainJWT(forged).serialize()).get("/engine-rest/task?maxResults=10").status())
          .as("unsigned").isEqualTo(401);
      String[] parts = dlh.accessToken().split("\\.");
      String tampered = parts[0] + "." + java.util.Base64.getUrlEncoder().withoutPadding()
          .encodeToString(forged.toString().getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
      assertThat(bearer(tampered).get("/engine-rest/task?maxResults=10").status()).as("signature broken")
          .isEqualTo(401);
    }

    @Test
    @DisplayName("a designer needs a one-time code and is the one who deploys")
    void designersDeployWithOneTimeCode() {
      Tokens designer = KeycloakLogin.tokens("designer", DEMO_PASSWORD);
      assertThat(KeycloakLogin.setUpOneTimeCodes("designer")).as("Keycloak made the designer set up OTP").isTrue();
      Tokens clerk = KeycloakLogin.tokens("clerk.dcktr", DEMO_PASSWORD);

      assertThat(deploy(bearer(clerk.accessToken())).status()).isEqualTo(403);
      Reply deployed = deploy(bearer(designer.accessToken()));
      assertThat(deployed.status()).as(deployed.body()).isEqualTo(200);
    }
  }

  @Nested
  @DisplayName("the realm")
  class Realm {

    @Test
    void wrongPasswordIsRefusedAtKeycloak() {
      assertThatThrownBy(() -> KeycloakLogin.tokens("clerk.bapenda", "Salah#Sandi2026"))
          .isInstanceOf(KeycloakLogin.LoginRefused.class).hasMessageContaining("Invalid username or password");
    }

    @Test
    @DisplayName("passwords shorter than 12 characters or without mixed types are refused (BSSN 4/2021)")
    void passwordPolicy() throws Exception {
      StaffHttp admin = StaffHttp.bearer(KeycloakLogin.ISSUER.replace("/realms/alur", ""), masterRealmAdminToken());
      String userId = admin.get("/admin/realms/alur/users?username=clerk.dlh&exact=true").json().get(0).get("id").asText();
      Reply shortPassword = admin.put("/admin/realms/alur/users/" + userId + "/reset-password",
          "{\"type\": \"password\", \"value\": \"Ab#1short\", \"temporary\": false}");
      assertThat(shortPassword.status()).isEqualTo(400);
      Reply noSymbol = admin.put("/admin/realms/alur/users/" + userId + "/reset-password",
          "{\"type\": \"password\", \"value\": \"Abcdefgh12345\", \"temporary\": false}");
      assertThat(noSymbol.status()).isEqualTo(400);
    }
  }

  private static Reply deploy(StaffHttp staff) {
    return MinimalDeployment.deploy(staff, "KeycloakDeploy");
  }

  /** A real token of the same Keycloak, from its master realm: valid signature, wrong issuer. */
  private static String masterRealmAdminToken() {
    BrowserLikeClient client = new BrowserLikeClient();
    Response token = client.postForm(URI.create(KeycloakLogin.ISSUER.replace("/realms/alur", "/realms/master")
            + "/protocol/openid-connect/token"),
        Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin", "password", "Admin#Test2026"));
    return json(token).get("access_token").asText();
  }

  private static JsonNode json(Response response) {
    try {
      return JSON.readTree(response.body());
    } catch (Exception e) {
      throw new IllegalStateException(response.status() + " " + response.body(), e);
    }
  }
}
