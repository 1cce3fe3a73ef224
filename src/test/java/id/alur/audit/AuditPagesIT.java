package id.alur.audit;

import id.alur.PdfText;
import static org.assertj.core.api.Assertions.assertThat;

import id.alur.PostgresIntegrationTest;
import id.alur.cases.CaseRegistry;
import id.alur.keycloak.BrowserLikeClient;
import id.alur.keycloak.BrowserLikeClient.Response;
import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The auditors' server-rendered pages over HTTP on PostgreSQL, with a browser's session and CSRF token. */
class AuditPagesIT extends PostgresIntegrationTest {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @Autowired CaseRegistry cases;
  @Autowired TaskService tasks;
  @Autowired JdbcClient jdbc;

  private String workedCase() {
    return WorkedCase.open(cases, tasks, as("admin"), as("clerk.dcktr"));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String csrf(Response page) {
    Matcher token = CSRF.matcher(page.body());
    assertThat(token.find()).as("the page's form carries a CSRF token: " + page.body()).isTrue();
    return token.group(1);
  }

  private Response signIn(BrowserLikeClient browser, String user, String password) {
    Response form = browser.get(uri("/audit/login"));
    return browser.postForm(uri("/audit/login"), Map.of("username", user, "password", password,
        "_csrf", csrf(form)));
  }

  private BrowserLikeClient signedIn(String user) {
    BrowserLikeClient browser = new BrowserLikeClient();
    Response signIn = signIn(browser, user, DEMO_PASSWORD);
    assertThat(signIn.location().getPath()).isEqualTo("/audit/cases");
    return browser;
  }

  @Test
  @DisplayName("without a login the pages send to their login form, and load nothing from another site")
  void loginFirst() {
    BrowserLikeClient browser = new BrowserLikeClient();
    Response page = browser.get(uri("/audit/cases"));
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.location().getPath()).isEqualTo("/audit/login");

    Response login = browser.get(uri("/audit/login"));
    assertThat(login.status()).isEqualTo(200);
    assertThat(login.body()).contains("Masuk ke halaman auditor").contains("name=\"username\"");
    String policy = login.header("Content-Security-Policy").orElseThrow();
    assertThat(policy).contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("http");
    assertThat(login.header("X-Frame-Options")).contains("DENY");

    Response viewer = browser.get(uri("/audit/assets/bpmn-js/bpmn-navigated-viewer.production.min.js"));
    assertThat(viewer.status()).as("bpmn-js is served by the app itself").isEqualTo(200);
    assertThat(viewer.header("Content-Type").orElseThrow()).contains("javascript");
    assertThat(browser.get(uri("/audit/assets/case-diagram.js")).status()).isEqualTo(200);
  }

  @Test
  @DisplayName("an auditor finds a case by process and OPD and reads who did what, in which OPD, when, how long")
  void searchAndCasePage() {
    String number = workedCase();
    BrowserLikeClient auditor = signedIn("auditor");

    Response search = auditor.get(uri("/audit/cases?process=FormCheckTest&opd=dcktr&limit=1000"));
    assertThat(search.status()).isEqualTo(200);
    assertThat(search.body()).contains("Pencarian kasus").contains(">" + number + "</a>").contains("Menampilkan 1-");
    workedCase();
    Response onePerPage = auditor.get(uri("/audit/cases?process=FormCheckTest&limit=1"));
    assertThat(onePerPage.body()).as("a page of one, of all found").containsPattern("Menampilkan 1-1 dari [2-9]")
        .contains("id=\"next\"").contains("offset=1");
    assertThat(auditor.get(uri("/audit/")).status()).as("the README's address").isEqualTo(302);
    assertThat(auditor.get(uri("/audit/cases?trackingNumber=" + number + "&slaBreached=true")).body())
        .as("the case breached no SLA").doesNotContain(">" + number + "</a>");

    Response page = auditor.get(uri("/audit/cases/" + number));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("Berkas audit kasus " + number)
        .contains("Tugas diselesaikan").contains("clerk.dcktr").contains("dcktr - ")
        .contains("Periksa permohonan").contains("data-activity=\"" + WorkedCase.CONFIRM + "\"")
        .contains("sedang berjalan").contains(">1 hari 03:00:00<").contains("************0001").doesNotContain(WorkedCase.NIK)
        .contains("Belum ada serah terima").contains("Belum ada dokumen yang tercatat");

    Response diagram = auditor.get(uri("/audit/cases/" + number + "/diagram.bpmn"));
    assertThat(diagram.status()).isEqualTo(200);
    assertThat(diagram.body()).contains("id=\"" + WorkedCase.REVIEW + "\"").contains("bpmndi:BPMNShape");

    String trail = jdbc.sql("select details from audit_event where case_number = ? and action = 'CASE_READ'"
        + " and actor = 'auditor' order by position").param(number).query(String.class).list().toString();
    assertThat(trail).as("the auditor's read is on the trail").contains("\"via\":\"page\"");

    Response french = new BrowserLikeClient().get(uri("/audit/login"), Map.of("Accept-Language", "fr, en;q=0.8"));
    assertThat(french.body()).as("the first language Alur speaks").contains("lang=\"en\"")
        .contains("Sign in to the auditors");
    Response english = auditor.get(uri("/audit/cases/" + number + "?lang=en"));
    assertThat(english.body()).contains("Audit file of case " + number).contains("Task completed")
        .contains(">1 d 03:00:00<");
    assertThat(auditor.get(uri("/audit/cases")).body()).as("the choice is remembered").contains("Case search");
  }

  @Test
  @DisplayName("a search and a case export as CSV and PDF, in the reader's language")
  void exports() {
    String number = workedCase();
    BrowserLikeClient auditor = signedIn("auditor");

    Response csv = auditor.get(uri("/audit/cases/export.csv?trackingNumber=" + number));
    assertThat(csv.header("Content-Type").orElseThrow()).startsWith("text/csv");
    assertThat(csv.body()).contains("\"" + number + "\",\"FormCheckTest\",\"dcktr\"");
    Response caseCsv = auditor.get(uri("/audit/cases/" + number + "/export.csv"));
    assertThat(caseCsv.header("Content-Disposition").orElseThrow()).contains(number + ".csv");
    assertThat(caseCsv.body()).contains("\"TASK_COMPLETED\"").contains("************0001")
        .doesNotContain(WorkedCase.NIK);

    String searchPdf = PdfText.text(auditor.bytes(uri("/audit/cases/export.pdf?trackingNumber=" + number)));
    assertThat(searchPdf).contains("Pencarian kasus").contains(number).contains("Diajukan")
        .contains("Diekspor oleh auditor");
    String casePdf = PdfText.text(auditor.bytes(uri("/audit/cases/" + number + "/export.pdf")));
    assertThat(casePdf).contains("Berkas audit kasus " + number).contains("Periksa permohonan")
        .contains("Tugas diselesaikan").contains("clerk.dcktr").contains("************0001")
        .doesNotContain(WorkedCase.NIK);
    String englishPdf = PdfText.text(auditor.bytes(uri("/audit/cases/" + number + "/export.pdf?lang=en")));
    assertThat(englishPdf).contains("Audit file of case " + number).contains("Task completed");
    assertThat(jdbc.sql("select details from audit_event where action = 'CASES_EXPORTED' and actor = 'auditor'")
        .query(String.class).list()).as("taking a search away is on the trail, with what it held")
        .anySatisfy(details -> assertThat(details).contains("\"format\":\"page-pdf\"")
            .contains("\"trackingNumber\":\"" + number + "\"").contains("\"rows\":1"));
  }

  @Test
  @DisplayName("only auditors; a bad criterion names its field; an unknown case is a 404; nothing can be changed")
  void refusals() {
    String number = workedCase();
    Response clerkPage = signedIn("clerk.dcktr").get(uri("/audit/cases"));
    assertThat(clerkPage.status()).isEqualTo(403);
    assertThat(clerkPage.body()).contains("Hanya auditor yang boleh membaca jejak audit");
    assertThat(signedIn("clerk.dcktr").get(uri("/audit/cases/" + number + "/export.pdf")).status())
        .as("no export either").isEqualTo(403);

    BrowserLikeClient auditor = signedIn("auditor");
    Response badDate = auditor.get(uri("/audit/cases?from=2026-13-01"));
    assertThat(badDate.status()).isEqualTo(400);
    assertThat(badDate.body()).contains("data-field=\"from\"").contains("Dibuka sejak");
    assertThat(auditor.get(uri("/audit/cases?limit=100000")).status()).isEqualTo(400);
    assertThat(auditor.get(uri("/audit/cases/PRM-2099-999999")).status()).isEqualTo(404);
    Response notANumber = auditor.get(uri("/audit/cases/bukan-nomor"));
    assertThat(notANumber.status()).isEqualTo(400);
    assertThat(notANumber.body()).contains("data-field=\"trackingNumber\"").contains("Isian: Nomor registrasi");

    Response page = auditor.get(uri("/audit/cases/" + number));
    Response forged = auditor.postForm(uri("/audit/cases/" + number), Map.of("status", "SELESAI"));
    assertThat(forged.status()).as("a change without the page's CSRF token").isEqualTo(403);
    Response change = auditor.postForm(uri("/audit/cases/" + number), Map.of("status", "SELESAI",
        "_csrf", csrf(page)));
    assertThat(change.status()).as("no page changes anything").isEqualTo(405);
    assertThat(jdbc.sql("select status from case_file where tracking_number = ?").param(number)
        .query(String.class).single()).isEqualTo("DIAJUKAN");
  }

  @Test
  @DisplayName("a wrong password at the pages' login is refused and on the trail, without the password")
  void failedLogin() {
    Response refused = signIn(new BrowserLikeClient(), "auditor", "Salah#Sandi2026");
    assertThat(refused.location().toString()).endsWith("/audit/login?error");
    String failures = jdbc.sql("select actor || ' ' || details from audit_event where action = 'LOGIN_FAILED'")
        .query(String.class).list().toString();
    assertThat(failures).contains("auditor").contains("/audit/login").doesNotContain("Salah#Sandi2026");
  }
}
