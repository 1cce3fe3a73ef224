package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.PostgresIntegrationTest;
import id.alur.engine.ModelDeployment;
import id.alur.engine.ModelResource;
import id.alur.engine.ModelResources;
import java.io.IOException;
import id.alur.keycloak.BrowserLikeClient;
import id.alur.keycloak.BrowserLikeClient.Response;
import java.net.URI;
import java.util.Map;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The whole application on PostgreSQL: schema, deployment, seeded directory, health, webapp login. */
class PlatformIT extends PostgresIntegrationTest {

  @Autowired JdbcClient jdbc;
  @Autowired RepositoryService repositoryService;
  @Autowired IdentityService identityService;

  @Test
  @DisplayName("Liquibase created the engine schema at 7.24.0 and the app's own tables")
  void schema() {
    List<String> tables = jdbc.sql("select lower(table_name) from information_schema.tables where table_schema = 'public'")
        .query(String.class).list();
    assertThat(tables).contains("act_ru_task", "act_hi_procinst", "act_id_user", "act_re_deployment",
        "act_ru_authorization", "opd_directory", "case_file", "case_sequence", "databasechangelog");
    assertThat(jdbc.sql("select version_ from act_ge_schema_log").query(String.class).list()).contains("7.24.0");
    assertThat(jdbc.sql("select count(*) from databasechangelog where id = '7.24.0-tag'").query(Integer.class).single())
        .isEqualTo(1);
  }

  @Test
  @DisplayName("every model on the class path is in the one alur-models deployment")
  void deployment() {
    var deployments = repositoryService.createDeploymentQuery().deploymentName(ModelDeployment.DEPLOYMENT_NAME).list();
    assertThat(deployments).hasSize(1);
    assertThat(repositoryService.getDeploymentResourceNames(deployments.get(0).getId()))
        .containsExactlyInAnyOrderElementsOf(ModelResources.onClassPath().load().stream().map(ModelResource::name).toList())
        .contains("processes/platform/PlatformSmokeTest.bpmn", "forms/platform/PlatformSmokeTestReview.form");
  }

  @Test
  @DisplayName("every OPD of opd-tangsel.csv is in the directory and has a staff and a head group, a clerk and a head")
  void seededDirectory() throws IOException {
    List<String> csvCodes = Files.readAllLines(Path.of("src/main/resources/db/changelog/identity/opd-tangsel.csv"))
        .stream().skip(1).filter(line -> !line.isBlank()).map(line -> line.substring(0, line.indexOf(','))).toList();
    assertThat(csvCodes).hasSize(24).contains("dpmptsp", "dcktr", "kec-setu");

    assertThat(jdbc.sql("select code from opd_directory").query(String.class).list())
        .containsExactlyInAnyOrderElementsOf(csvCodes);
    for (String code : csvCodes) {
      assertThat(identityService.createGroupQuery().groupId(code).singleResult().getType()).isEqualTo("OPD");
      assertThat(identityService.createUserQuery().userId("clerk." + code).memberOfGroup(code).count()).isEqualTo(1);
      assertThat(identityService.createUserQuery().userId("head." + code).memberOfGroup(code + "-head").count())
          .isEqualTo(1);
    }
    assertThat(identityService.createUserQuery().userId("coordinator").memberOfGroup("diskominfo").count()).isEqualTo(1);
    for (String user : List.of("designer", "auditor", "admin")) {
      assertThat(identityService.createUserQuery().userId(user).count()).as(user).isEqualTo(1);
    }
    assertThat(identityService.checkPassword("clerk.dcktr", DEMO_PASSWORD)).isTrue();
  }

  @Test
  @DisplayName("health reports the database and the engine; info names the version")
  void healthAndInfo() {
    var health = anonymous().get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().at("/status").asText()).isEqualTo("UP");
    assertThat(health.json().at("/components/db/status").asText()).isEqualTo("UP");
    assertThat(health.json().at("/components/processEngine/status").asText()).isEqualTo("UP");

    var info = anonymous().get("/actuator/info");
    assertThat(info.json().at("/build/version").asText()).isEqualTo(System.getProperty("alur.version"));
    assertThat(info.json().at("/build/name").asText()).isEqualTo("Alur");
  }

  @Test
  @DisplayName("a clerk logs in to Tasklist under /camunda, and is not let into Cockpit or Admin")
  void clerkLogsInToTasklist() {
    BrowserLikeClient browser = new BrowserLikeClient();
    Response login = loginToTasklist(browser, "clerk.dcktr", DEMO_PASSWORD);

    assertThat(login.status()).isEqualTo(200);
    assertThat(login.body()).contains("\"userId\":\"clerk.dcktr\"").contains("\"tasklist\"")
        .doesNotContain("\"cockpit\"").doesNotContain("\"admin\"");
    assertThat(login.setCookies()).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
        .contains("Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax"));

    Response withoutCsrfHeader = browser.post(URI.create(base() + "/api/engine/engine/default/filter"),
        "application/json", "{\"resourceType\": \"Task\", \"name\": \"x\", \"query\": {}}", Map.of());
    assertThat(withoutCsrfHeader.status()).isEqualTo(403);
  }

  @Test
  @DisplayName("a wrong password does not get into Tasklist")
  void wrongPasswordIsRefused() {
    // Another user than the other tests': after a failure the engine holds the account back a few seconds.
    assertThat(loginToTasklist(new BrowserLikeClient(), "clerk.dlh", "salah-sandi").status()).isEqualTo(401);
  }

  private String base() {
    return "http://localhost:" + port + "/camunda";
  }

  /** What the Tasklist login page does: fetch the app (XSRF cookie), then post the form with the token. */
  private Response loginToTasklist(BrowserLikeClient browser, String user, String password) {
    Response page = browser.get(URI.create(base() + "/app/tasklist/default/"));
    assertThat(page.status()).isEqualTo(200);
    String xsrf = browser.cookie("localhost", "XSRF-TOKEN").orElseThrow();
    return browser.post(URI.create(base() + "/api/admin/auth/user/default/login/tasklist"),
        "application/x-www-form-urlencoded", "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
            + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8), Map.of("X-XSRF-TOKEN", xsrf));
  }
}
