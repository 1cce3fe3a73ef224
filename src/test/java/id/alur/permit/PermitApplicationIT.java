package id.alur.permit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.alur.PdfText;
import id.alur.PostgresIntegrationTest;
import id.alur.StaffHttp;
import id.alur.StaffHttp.Part;
import id.alur.StaffHttp.Reply;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A permit from application to verification, over HTTP on PostgreSQL as the people involved do it: the citizen
 * through {@code /api/public} (multipart application, status, a completed file), DPMPTSP's, DCKTR's and the head's
 * clerks through the engine's REST API as Tasklist calls it, the payment channel by a signed callback, and anyone
 * verifying the issued permit.
 */
class PermitApplicationIT extends PostgresIntegrationTest {

  static final byte[] PDF = "%PDF-1.4\n% KTP pemohon\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
  static final String APPLICATION = """
      {"permitType": "PBG_UMUM", "applicantName": "Budi Santoso", "applicantNik": "3674011203850004",
       "applicantEmail": "budi@example.id", "applicantPhone": "0812-1111-2222",
       "objectDescription": "Ruko dua lantai", "objectLocation": "Jl. Raya Serpong Km 7, Serpong"}""";

  @Autowired JdbcClient jdbc;
  @Value("${alur.permit.payment-secret}") String paymentSecret;

  private Reply apply(String application, Map<String, String> headers, Part... files) {
    List<Part> parts = new java.util.ArrayList<>();
    if (application != null) {
      parts.add(Part.field("application", application));
    }
    parts.addAll(List.of(files));
    return anonymous().postParts("/api/public/permits", headers, parts);
  }

  private int cases() {
    return jdbc.sql("select count(*) from case_file").query(Integer.class).single();
  }

  private JsonNode status(String number, String code) {
    Reply reply = anonymous().send("GET", "/api/public/cases/" + number, Map.of("X-Access-Code", code), null);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static void work(StaffHttp clerk, String number, String taskKey, String variables) {
    JsonNode found = clerk.get("/engine-rest/task?processInstanceBusinessKey=" + number + "&taskDefinitionKey="
        + taskKey + "&firstResult=0&maxResults=10").json();
    assertThat(found).as(taskKey + " in the tasklist").hasSize(1);
    Reply done = clerk.post("/engine-rest/task/" + found.get(0).path("id").asText() + "/complete",
        "{\"variables\": " + variables + "}");
    assertThat(done.status()).as(taskKey + ": " + done.body()).isEqualTo(204);
  }

  private Reply pay(String body, String signature) {
    return anonymous().send("POST", "/api/public/payments/callback",
        Map.of("Content-Type", "application/json", "X-Signature", signature), body);
  }

  private String signed(String body) {
    return new String(PaymentCallbackApi.sign(paymentSecret.getBytes(StandardCharsets.UTF_8),
        body.getBytes(StandardCharsets.UTF_8)), StandardCharsets.US_ASCII);
  }

  @Test
  @DisplayName("bad applications are refused naming the field or file, and none of them opens a case")
  void refusals() {
    int before = cases();
    Part ktp = Part.file("documents", "ktp.pdf", "application/pdf", PDF);
    Reply noApplication = apply(null, Map.of(), ktp);
    assertThat(noApplication.status()).isEqualTo(400);
    assertThat(noApplication.json().path("field").asText()).isEqualTo("application");
    Reply noNik = apply(APPLICATION.replace("\"applicantNik\": \"3674011203850004\",", ""), Map.of(), ktp);
    assertThat(noNik.status()).isEqualTo(400);
    assertThat(noNik.json().path("field").asText()).isEqualTo("applicantNik");
    Reply shortNik = apply(APPLICATION.replace("3674011203850004", "36740112"), Map.of(), ktp);
    assertThat(shortNik.json().path("field").asText()).isEqualTo("applicantNik");
    Reply unknownType = apply(APPLICATION.replace("PBG_UMUM", "IZIN_TAMBANG"), Map.of(), ktp);
    assertThat(unknownType.json().path("field").asText()).isEqualTo("permitType");
    Reply unknownField = apply(APPLICATION.replace("{", "{\"isAdmin\": true, "), Map.of(), ktp);
    assertThat(unknownField.json().path("field").asText()).isEqualTo("isAdmin");
    Reply noDocuments = apply(APPLICATION, Map.of());
    assertThat(noDocuments.json().path("field").asText()).isEqualTo("documents");

    Reply disguised = apply(APPLICATION, Map.of(), ktp,
        Part.file("documents", "foto-lokasi.pdf", "application/pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(disguised.status()).as("judged by content, not by name").isEqualTo(415);
    assertThat(disguised.json().path("field").asText()).isEqualTo("foto-lokasi.pdf");
    assertThat(disguised.json().path("message").asText()).contains("foto-lokasi.pdf");

    byte[] large = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, large, 0, PDF.length);
    Reply tooLarge = apply(APPLICATION, Map.of(), Part.file("documents", "gambar-teknis.pdf", "application/pdf", large));
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.json().path("field").asText()).isEqualTo("gambar-teknis.pdf");
    assertThat(cases()).as("nothing half-written").isEqualTo(before);
  }

  @Test
  @DisplayName("a citizen applies, clerks work every task in Tasklist, the SKRD is paid by callback, the permit verifies")
  void fromApplicationToVerifiedPermit() {
    JsonNode types = anonymous().get("/api/public/permit-types").json();
    assertThat(types.findValuesAsText("code")).containsExactly("PBG_MBR", "PBG_UMUM", "REKLAME", "SIP_NAKES");

    Map<String, String> key = Map.of("Idempotency-Key", "bsantoso-ruko-2026-0001");
    Part ktp = Part.file("documents", "KTP Budi.pdf", "application/pdf", PDF);
    Reply submitted = apply(APPLICATION, key, ktp);
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    String number = submitted.json().path("trackingNumber").asText();
    assertThat(number).matches("PRM-\\d{4}-\\d{6}");
    Reply retried = apply(APPLICATION, key, ktp);
    assertThat(retried.status()).as("a retry finds the same case").isEqualTo(200);
    assertThat(retried.json().path("trackingNumber").asText()).isEqualTo(number);
    String code = retried.json().path("accessCode").asText();
    assertThat(apply(APPLICATION.replace("Ruko dua lantai", "Ruko tiga lantai"), key, ktp).status())
        .as("the key with another application").isEqualTo(422);
    assertThat(anonymous().send("GET", "/api/public/cases/" + number,
        Map.of("X-Access-Code", submitted.json().path("accessCode").asText()), null).status())
        .as("the retry's code replaced the first one").isEqualTo(404);

    JsonNode filed = status(number, code);
    assertThat(filed.path("status").path("code").asText()).isEqualTo("DIAJUKAN");
    assertThat(filed.path("status").path("english").asText()).isEqualTo("Submitted");
    assertThat(filed.path("nextStep").path("code").asText()).isEqualTo("WAIT");
    JsonNode stored = as("clerk.dpmptsp").get("/api/cases/" + number + "/documents").json();
    assertThat(stored.findValuesAsText("fileName")).as("never the citizen's file name")
        .containsExactly("berkas-" + number + "-1.pdf");

    JsonNode staffView = as("clerk.dpmptsp").get("/api/permits/" + number).json();
    assertThat(staffView.path("applicant").path("nik").asText()).isEqualTo("3674********0004");
    assertThat(staffView.path("applicant").path("phone").asText()).isEqualTo("0812****2222");
    assertThat(staffView.path("standard").path("slaWorkingDays").asInt()).isEqualTo(28);
    assertThat(as("clerk.dinkes").get("/api/permits/" + number).status()).isEqualTo(403);

    StaffHttp front = as("clerk.dpmptsp");
    assertThat(as("clerk.dcktr").get("/engine-rest/task?processInstanceBusinessKey=" + number
        + "&taskDefinitionKey=UserTask_CheckCompleteness&firstResult=0&maxResults=10").json()).as("not DCKTR's task").isEmpty();
    work(front, number, "UserTask_CheckCompleteness",
        "{\"completeness\": {\"value\": \"incomplete\"}, \"missingItems\": {\"value\": \"KKPR belum dilampirkan\"}}");
    JsonNode returned = status(number, code);
    assertThat(returned.path("status").path("code").asText()).isEqualTo("DIKEMBALIKAN");
    assertThat(returned.path("nextStep").path("code").asText()).isEqualTo("COMPLETE_FILE");
    assertThat(returned.path("nextStep").path("detail").asText()).isEqualTo("KKPR belum dilampirkan");
    assertThat(returned.path("dueAt").asText()).isNotBlank();

    List<Part> answer = List.of(Part.field("response", "{\"message\": \"KKPR terlampir\"}"),
        Part.file("documents", "kkpr.png", "image/png", PNG));
    Reply responded = anonymous().postParts("/api/public/cases/" + number + "/responses",
        Map.of("X-Access-Code", code), answer);
    assertThat(responded.status()).as(responded.body()).isEqualTo(200);
    assertThat(responded.json().path("documents").get(0).path("fileName").asText())
        .isEqualTo("jawaban-" + number + "-2.png");
    assertThat(anonymous().postParts("/api/public/cases/" + number + "/responses", Map.of("X-Access-Code", code),
        answer).status()).as("a replay: nothing is asked any more").isEqualTo(409);

    work(front, number, "UserTask_CheckCompleteness", "{\"completeness\": {\"value\": \"complete\"}}");
    StaffHttp dcktr = as("clerk.dcktr");
    work(dcktr, number, "UserTask_AcceptHandoff", "{\"handoffDecision\": {\"value\": \"accept\"}}");
    work(dcktr, number, "UserTask_TechnicalReview", """
        {"technicalRecommendation": {"value": "recommend"},
         "technicalNotes": {"value": "KDB 60%, KLB 1,2 sesuai KKPR"}}""");
    work(dcktr, number, "UserTask_FieldSurvey", """
        {"siteFindings": {"value": "Survei 3 Des 2026: lahan kosong sesuai gambar"}, "siteSuitable": {"value": "yes"}}""");
    work(front, number, "UserTask_AssessFee", """
        {"feeAmount": {"value": 2500000}, "feeBasis": {"value": "Perda retribusi PBG: 120 m2"}}""");

    JsonNode toPay = status(number, code);
    assertThat(toPay.path("status").path("code").asText()).isEqualTo("MENUNGGU_PEMBAYARAN");
    Matcher skrd = Pattern.compile("SKRD-\\d{4}-\\d{6}").matcher(toPay.path("nextStep").path("detail").asText());
    assertThat(skrd.find()).isTrue();
    String paid = "{\"skrdNumber\": \"" + skrd.group() + "\", \"amount\": 2500000, \"paymentReference\": \"TSP-77812\","
        + " \"channel\": \"TangselPay\"}";
    assertThat(pay(paid, "00" + signed(paid).substring(2)).status()).as("forged").isEqualTo(401);
    String unknown = paid.replace(skrd.group(), "SKRD-2026-999999");
    assertThat(pay(unknown, signed(unknown)).status()).isEqualTo(404);
    String short_ = paid.replace("2500000", "250000");
    assertThat(pay(short_, signed(short_)).status()).isEqualTo(409);
    String huge = paid.replace("2500000", "18446744073712051616");
    Reply wrapped = pay(huge, signed(huge));
    assertThat(wrapped.status()).as("an amount beyond a long is no amount").isEqualTo(400);
    assertThat(wrapped.json().path("field").asText()).isEqualTo("amount");
    assertThat(status(number, code).path("status").path("code").asText()).as("none of them changed the case")
        .isEqualTo("MENUNGGU_PEMBAYARAN");
    Reply receipt = pay(paid, signed(paid));
    assertThat(receipt.status()).as(receipt.body()).isEqualTo(200);
    assertThat(receipt.json().path("replayed").asBoolean()).isFalse();
    assertThat(pay(paid, signed(paid)).json().path("replayed").asBoolean()).as("idempotent").isTrue();

    work(as("head.dpmptsp"), number, "UserTask_ApprovePermit", """
        {"approvalDecision": {"value": "approve"}, "permitConditions": {"value": "Sesuai gambar rencana\\nGSB 5 m"}}""");
    JsonNode issued = status(number, code);
    assertThat(issued.path("status").path("code").asText()).isEqualTo("TERBIT");
    assertThat(issued.path("nextStep").path("code").asText()).isEqualTo("DOWNLOAD");
    String permitNumber = issued.path("nextStep").path("detail").asText();
    assertThat(permitNumber).matches("PBG/\\d{6}/DPMPTSP/\\d{4}");

    byte[] pdf = anonymous().bytes("/api/public/cases/" + number + "/permit", Map.of("X-Access-Code", code));
    assertThat(PdfText.text(pdf)).contains(permitNumber, "Budi Santoso", "Ruko dua lantai", "GSB 5 m");
    JsonNode verified = anonymous().get("/api/public/permits/" + permitNumber.replace('/', '-') + "/verification")
        .json();
    assertThat(verified.path("genuine").asBoolean()).isTrue();
    assertThat(verified.path("holderName").asText()).isEqualTo("Budi Santoso");
    assertThat(verified.toString()).doesNotContain("3674011203850004");
  }
}
