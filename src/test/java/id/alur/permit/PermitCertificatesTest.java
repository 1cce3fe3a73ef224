package id.alur.permit;

import static id.alur.JakartaTime.at;
import static id.alur.JakartaTime.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alur.PdfQrCodes;
import id.alur.PdfText;
import id.alur.cases.CaseDocument;
import id.alur.cases.CaseDocuments;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.TrackingNumber;
import id.alur.web.ApiProblem;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.ExtendedModelMap;

/**
 * Issuing permits in the running application on H2, as the permit process's last step does (in a transaction of
 * its own), and checking them as a verifier would: the number, the PDF and its QR code, the public answer, and
 * what the answer becomes when someone changes the stored permit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "spring.datasource.url=jdbc:h2:mem:permit-certificates-test;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "alur.sla.watch-enabled=false",
    "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration"})
class PermitCertificatesTest {

  static final String HOLDER = "Siti Nurhaliza Ñuñez";
  static final String OBJECT = "Rumah tinggal 2 lantai, luas bangunan 144 m²";
  static final String LOCATION = "Jl. Raya Serpong No. 12, Kel. Lengkong Gudang, Kec. Serpong";
  static final List<String> CONDITIONS = List.of("Garis sempadan bangunan minimal 5 m dari as jalan",
      "Koefisien dasar bangunan paling tinggi 60%");

  @Autowired PermitCertificates certificates;
  @Autowired CaseRegistry cases;
  @Autowired CaseDocuments documents;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired PermitVerificationApi api;
  @Autowired PermitVerificationPage page;
  @Autowired ObjectMapper json;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  TrackingNumber openCase() {
    return cases.open("PRM", "dpmptsp", CaseStatus.MENUNGGU_PENETAPAN);
  }

  static PermitContent content(TrackingNumber caseNumber, boolean deemedGranted) {
    return new PermitContent(caseNumber.value(), "PBG_MBR", "Persetujuan Bangunan Gedung (PBG) rumah tinggal MBR",
        HOLDER, OBJECT, LOCATION, CONDITIONS, deemedGranted);
  }

  /** Issues in a transaction of its own, as the process's step does. */
  IssuedPermit issue(String code, TrackingNumber caseNumber, boolean deemedGranted) {
    return new TransactionTemplate(transactionManager).execute(status ->
        certificates.issue(caseNumber, code, content(caseNumber, deemedGranted), "head.dpmptsp"));
  }

  byte[] pdf(IssuedPermit permit) {
    TrackingNumber caseNumber = TrackingNumber.parse(permit.trackingNumber());
    CaseDocument document = documents.find(caseNumber, permit.documentId()).orElseThrow();
    return documents.content(document);
  }

  JsonNode verification(String number) {
    return json.valueToTree(api.verify(number));
  }

  @Test
  @DisplayName("a permit is numbered PBG/000001/DPMPTSP/<year>, the next one +1, and its PDF states it with a QR code to its page")
  void numbersAndPdf() {
    clockAt("2031-03-12T10:00:00");
    TrackingNumber first = openCase();
    IssuedPermit permit = issue("PBG", first, false);
    TrackingNumber second = openCase();
    IssuedPermit next = issue("PBG", second, false);
    IssuedPermit otherCode = issue("SIP", openCase(), false);

    assertThat(permit.number()).isEqualTo("PBG/000001/DPMPTSP/2031");
    assertThat(next.number()).isEqualTo("PBG/000002/DPMPTSP/2031");
    assertThat(otherCode.number()).as("each code counts on its own").isEqualTo("SIP/000001/DPMPTSP/2031");
    assertThat(permit.issuedAt()).as("the engine's clock").isEqualTo(at("2031-03-12T10:00:00"));
    assertThat(certificates.ofCase(first)).contains(permit);

    byte[] pdf = pdf(permit);
    assertThat(PdfText.text(pdf)).contains("SURAT IZIN Persetujuan Bangunan Gedung (PBG) rumah tinggal MBR")
        .contains("PBG/000001/DPMPTSP/2031").contains(HOLDER).contains(OBJECT).contains("Kel. Lengkong Gudang")
        .contains("1. Garis sempadan bangunan minimal 5 m dari as jalan")
        .contains("2. Koefisien dasar bangunan paling tinggi 60%")
        .contains("12 Maret 2031").contains("Terbit").doesNotContain("fiktif positif");
    assertThat(PdfQrCodes.read(pdf, 0)).isEqualTo("http://localhost:8080/izin/verifikasi/PBG-000001-DPMPTSP-2031");
    assertThat(documents.ofCase(first)).singleElement().satisfies(document -> {
      assertThat(document.kind()).isEqualTo("PERMIT");
      assertThat(document.fileName()).isEqualTo("izin-PBG-000001-DPMPTSP-2031.pdf");
      assertThat(document.sha256()).isEqualTo(permit.documentSha256());
    });

    String details = jdbc.sql("select details from audit_event where case_number = ? and action = 'PERMIT_ISSUED'")
        .param(first.value()).query(String.class).single();
    assertThat(details).contains("PBG/000001/DPMPTSP/2031").contains(permit.documentSha256());

    assertThatThrownBy(() -> issue("PBG", first, false)).as("one permit per case")
        .isInstanceOf(IllegalStateException.class);
    assertThat(issue("PBG", openCase(), false).number()).as("the refused second issue used no number")
        .isEqualTo("PBG/000003/DPMPTSP/2031");
  }

  @Test
  @DisplayName("a rolled-back issue leaves no permit and no PDF, and gives its number back; the year is Jakarta's")
  void rollbackGivesTheNumberBack() {
    // 00:30 on New Year's Day in Jakarta is still 31 December in UTC.
    clockAt("2032-01-01T00:30:00");
    TrackingNumber abandoned = openCase();
    new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
      assertThat(certificates.issue(abandoned, "RKL", content(abandoned, false), "head.dpmptsp").number())
          .isEqualTo("RKL/000001/DPMPTSP/2032");
      status.setRollbackOnly();
    });

    assertThat(certificates.ofCase(abandoned)).isEmpty();
    assertThat(documents.ofCase(abandoned)).isEmpty();
    assertThatThrownBy(() -> verification("RKL-000001-DPMPTSP-2032")).isInstanceOf(ApiProblem.class);
    assertThat(issue("RKL", openCase(), false).number()).isEqualTo("RKL/000001/DPMPTSP/2032");
    assertThat(issue("RKL", abandoned, false).number()).isEqualTo("RKL/000002/DPMPTSP/2032");
  }

  @Test
  @DisplayName("the verification answers what a genuine permit states, and 'not genuine' once its row or PDF is changed")
  void verification() {
    clockAt("2033-06-02T14:00:00");
    IssuedPermit permit = issue("PBG", openCase(), false);
    String dashed = permit.number().replace('/', '-');

    JsonNode genuine = verification(dashed);
    assertThat(genuine.path("number").asText()).isEqualTo(permit.number());
    assertThat(genuine.path("genuine").asBoolean()).isTrue();
    assertThat(genuine.path("status").path("code").asText()).isEqualTo("TERBIT");
    assertThat(genuine.path("status").path("indonesian").asText()).isEqualTo("Terbit");
    assertThat(genuine.path("status").path("english").asText()).isEqualTo("Issued");
    assertThat(genuine.path("holderName").asText()).isEqualTo(HOLDER);
    assertThat(genuine.path("permitTypeName").asText()).isEqualTo("Persetujuan Bangunan Gedung (PBG) rumah tinggal MBR");
    assertThat(genuine.path("objectDescription").asText()).isEqualTo(OBJECT);
    assertThat(genuine.path("objectLocation").asText()).isEqualTo(LOCATION);
    assertThat(genuine.path("conditions")).hasSize(2);
    assertThat(genuine.path("conditions").get(1).asText()).isEqualTo(CONDITIONS.get(1));
    assertThat(genuine.path("issuedAt").asText()).isEqualTo("2033-06-02T14:00:00+07:00");
    assertThat(genuine.path("deemedGranted").asBoolean()).isFalse();
    assertThat(genuine.path("documentSha256").asText()).isEqualTo(permit.documentSha256());
    JsonNode byQuery = json.valueToTree(api.verifyByQuery(" " + permit.number().toLowerCase() + " "));
    assertThat(byQuery).as("the printed form, as typed").isEqualTo(genuine);

    ExtendedModelMap model = new ExtendedModelMap();
    page.verify(dashed, model, new MockHttpServletResponse());
    assertThat(model.get("state")).isEqualTo("genuine");

    jdbc.sql("update issued_permit set holder_name = ? where permit_number = ?")
        .params("Orang Lain", permit.number()).update();
    JsonNode changed = verification(dashed);
    assertThat(changed.path("genuine").asBoolean()).isFalse();
    assertThat(changed.path("number").asText()).isEqualTo(permit.number());
    assertThat(changed.path("message").asText()).contains("tidak lagi cocok");
    assertThat(changed.path("messageEn").asText()).contains("no longer matches");
    assertThat(changed.has("holderName")).as("nothing it states is shown").isFalse();
    assertThat(changed.toString()).doesNotContain("Orang Lain").doesNotContain(HOLDER);
    model = new ExtendedModelMap();
    page.verify(dashed, model, new MockHttpServletResponse());
    assertThat(model.get("state")).isEqualTo("notGenuine");
    assertThat(model.containsAttribute("permit")).isFalse();

    jdbc.sql("update issued_permit set holder_name = ? where permit_number = ?")
        .params(HOLDER, permit.number()).update();
    assertThat(verification(dashed).path("genuine").asBoolean()).as("restored").isTrue();
    jdbc.sql("update case_document set content = ? where id = ?")
        .params("%PDF-1.7 forged".getBytes(), permit.documentId()).update();
    assertThat(verification(dashed).path("genuine").asBoolean()).as("a replaced PDF").isFalse();
  }

  @Test
  @DisplayName("an unknown or malformed number is 404, on the API and the page")
  void unknownNumbers() {
    for (String number : List.of("PBG-999999-DPMPTSP-2033", "PBG-1-DPMPTSP-2033", "hello", "x".repeat(500))) {
      assertThatThrownBy(() -> api.verify(number)).as(number).isInstanceOfSatisfying(ApiProblem.class, problem -> {
        assertThat(problem.status()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(problem.indonesian()).isEqualTo("Tidak ada izin dengan nomor ini");
        assertThat(problem.english()).isEqualTo("No permit has this number");
      });
      MockHttpServletResponse response = new MockHttpServletResponse();
      ExtendedModelMap model = new ExtendedModelMap();
      page.verify(number, model, response);
      assertThat(response.getStatus()).isEqualTo(404);
      assertThat(model.get("state")).isEqualTo("unknown");
    }
  }

  @Test
  @DisplayName("a permit deemed granted (fiktif positif) says so, with its legal basis, on paper and in the answer")
  void deemedGranted() {
    clockAt("2034-08-20T16:45:00");
    IssuedPermit permit = issue("PBG", openCase(), true);

    assertThat(PdfText.text(pdf(permit)).replaceAll("\\s+", " "))
        .contains("Dianggap dikabulkan (fiktif positif, UU 30/2014 pasal 53 sebagaimana diubah UU 6/2023)")
        .contains("20 Agustus 2034");
    JsonNode answer = verification(permit.number().replace('/', '-'));
    assertThat(answer.path("genuine").asBoolean()).isTrue();
    assertThat(answer.path("deemedGranted").asBoolean()).isTrue();
    assertThat(answer.path("status").path("code").asText()).isEqualTo("DIANGGAP_DIKABULKAN");
    assertThat(answer.path("status").path("english").asText()).isEqualTo("Deemed granted");
  }
}
