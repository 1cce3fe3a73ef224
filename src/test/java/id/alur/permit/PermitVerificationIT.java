package id.alur.permit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.alur.PostgresIntegrationTest;
import id.alur.StaffHttp.Reply;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.TrackingNumber;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Permits issued at the same moment on PostgreSQL, as concurrent process steps do, and then checked over HTTP
 * without a login, as someone who scanned the QR code does: the API and the page.
 */
class PermitVerificationIT extends PostgresIntegrationTest {

  static final int THREADS = 8;
  static final int PER_THREAD = 3;
  /** A code of its own, so that the numbers of this test start at 1 whatever else ran on the database. */
  static final String CODE = "TSP";

  @Autowired CaseRegistry cases;
  @Autowired PermitCertificates certificates;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  @DisplayName("permits issued from 8 threads at once are numbered 1..N without gap or duplicate, and verify over HTTP")
  void concurrentIssuesAndVerification() throws Exception {
    List<TrackingNumber> caseNumbers = new ArrayList<>();
    for (int i = 0; i < THREADS * PER_THREAD; i++) {
      caseNumbers.add(cases.open("PRM", "dpmptsp", CaseStatus.MENUNGGU_PENETAPAN));
    }
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<IssuedPermit> issued = new ArrayList<>();
    try {
      List<Callable<List<IssuedPermit>>> work = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        List<TrackingNumber> mine = caseNumbers.subList(t * PER_THREAD, (t + 1) * PER_THREAD);
        work.add(() -> {
          List<IssuedPermit> permits = new ArrayList<>();
          for (TrackingNumber caseNumber : mine) {
            permits.add(transaction.execute(status -> certificates.issue(caseNumber, CODE, new PermitContent(
                caseNumber.value(), "PBG_UMUM", "Persetujuan Bangunan Gedung (PBG) umum", "Pemohon " + caseNumber,
                "Gedung kantor 4 lantai", "Jl. Pahlawan Seribu, Kec. Serpong", List.of("KDB paling tinggi 60%"),
                false), "head.dpmptsp")));
          }
          return permits;
        });
      }
      for (Future<List<IssuedPermit>> result : pool.invokeAll(work, 2, TimeUnit.MINUTES)) {
        issued.addAll(result.get());
      }
    } finally {
      pool.shutdownNow();
    }

    int year = issued.get(0).issuedAt().atZone(ZoneId.of("Asia/Jakarta")).getYear();
    assertThat(issued.stream().map(IssuedPermit::number)).containsExactlyInAnyOrderElementsOf(
        IntStream.rangeClosed(1, THREADS * PER_THREAD).mapToObj(n -> "%s/%06d/DPMPTSP/%d".formatted(CODE, n, year))
            .toList());

    IssuedPermit permit = issued.get(5);
    String dashed = permit.number().replace('/', '-');
    Reply answer = anonymous().get("/api/public/permits/" + dashed + "/verification");
    assertThat(answer.status()).as(answer.body()).isEqualTo(200);
    JsonNode json = answer.json();
    assertThat(json.path("genuine").asBoolean()).isTrue();
    assertThat(json.path("number").asText()).isEqualTo(permit.number());
    assertThat(json.path("holderName").asText()).isEqualTo(permit.content().holderName());
    assertThat(json.path("status").path("indonesian").asText()).isEqualTo("Terbit");
    assertThat(anonymous().get("/api/public/permits/verification?number=" + permit.number()).json())
        .as("the printed form as a query parameter").isEqualTo(json);
    Reply unknown = anonymous().get("/api/public/permits/" + CODE + "-999999-DPMPTSP-" + year + "/verification");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.body()).contains("Tidak ada izin dengan nomor ini").contains("No permit has this number");

    Reply page = anonymous().get("/izin/verifikasi/" + dashed);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Content-Type")).startsWith("text/html");
    assertThat(page.header("Content-Security-Policy")).contains("default-src 'none'").contains("frame-ancestors 'none'")
        .doesNotContain("script-src");
    assertThat(page.header("Set-Cookie")).as("no session for a public page").isEmpty();
    assertThat(page.body()).contains("Asli").contains("Genuine").contains(permit.number())
        .contains(permit.content().holderName()).contains("Gedung kantor 4 lantai").contains("KDB paling tinggi 60%")
        .doesNotContainIgnoringCase("<script");
    Reply stylesheet = anonymous().get("/izin/assets/verification.css");
    assertThat(stylesheet.status()).as("the page's own stylesheet").isEqualTo(200);

    Reply unknownPage = anonymous().get("/izin/verifikasi/" + CODE + "-999999-DPMPTSP-" + year);
    assertThat(unknownPage.status()).isEqualTo(404);
    assertThat(unknownPage.body()).contains("Tidak ditemukan").contains("Not found");
    assertThat(anonymous().post("/izin/verifikasi/" + dashed, "{}").status()).as("nothing may be sent to a public page")
        .isIn(403, 405);
    assertThat(anonymous().get("/izin-lain").status()).as("the rest stays closed").isIn(401, 403);
  }
}
