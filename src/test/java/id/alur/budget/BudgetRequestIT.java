package id.alur.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.alur.PostgresIntegrationTest;
import id.alur.StaffHttp;
import id.alur.StaffHttp.Part;
import id.alur.StaffHttp.Reply;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A kecamatan's request for IT repair funds from filing to SP2D, over HTTP on PostgreSQL as the people involved do
 * it: the kecamatan's clerk files it through {@code /api/budget-requests} with a PDF quote, Diskominfo, the
 * kecamatan's PPK and Camat and BPKAD's Kuasa BUD work their tasks through the engine's REST API as Tasklist calls
 * it. Also what the API refuses, and where a shift goes.
 */
class BudgetRequestIT extends PostgresIntegrationTest {

  static final byte[] PDF = "%PDF-1.4\n% penawaran CV Sinar Komputer\n".getBytes(StandardCharsets.US_ASCII);
  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
  static final String REPAIR = """
      {"opd": "kec-pamulang", "title": "Perbaikan 5 unit PC loket pelayanan", "subKegiatan": "7.01.01.2.01.0001",
       "targetAccount": "5.1.02.03.02.0405", "fundedInDpa": true, "amount": 45000000, "urgency": "normal",
       "justification": "PC loket pelayanan rusak sehingga antrean warga memanjang"}""";

  private Reply file(StaffHttp staff, String json, Map<String, String> headers, Part... quotes) {
    List<Part> parts = new java.util.ArrayList<>();
    parts.add(Part.field("request", json));
    parts.addAll(List.of(quotes));
    return staff.postParts("/api/budget-requests", headers, parts);
  }

  private static Part quote(String name, byte[] content) {
    return Part.file("quotes", name, "application/pdf", content);
  }

  private static void work(StaffHttp staff, String number, String taskKey, String variables) {
    JsonNode found = staff.get("/engine-rest/task?processInstanceBusinessKey=" + number + "&taskDefinitionKey="
        + taskKey + "&firstResult=0&maxResults=10").json();
    assertThat(found).as(taskKey + " in the tasklist: " + found).hasSize(1);
    Reply done = staff.post("/engine-rest/task/" + found.get(0).path("id").asText() + "/complete",
        "{\"variables\": " + variables + "}");
    assertThat(done.status()).as(taskKey + ": " + done.body()).isEqualTo(204);
  }

  private static String status(StaffHttp staff, String number) {
    Reply read = staff.get("/api/budget-requests/" + number);
    assertThat(read.status()).as(read.body()).isEqualTo(200);
    return read.json().path("status").path("code").asText();
  }

  @Test
  @DisplayName("filed with a quote, recommended by Diskominfo, procured, SPP verified, SPM signed, SP2D issued")
  void fromRequestToSp2d() {
    StaffHttp clerk = as("clerk.kec-pamulang");
    Reply filed = file(clerk, REPAIR, Map.of("Idempotency-Key", "pamulang-pc-2026-01"), quote("penawaran.pdf", PDF));
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    String number = filed.json().path("trackingNumber").asText();
    assertThat(number).matches("ANG-\\d{4}-\\d{6}");
    assertThat(filed.json().path("procurementMethod").asText()).isEqualTo("PENGADAAN_LANGSUNG");
    Reply replayed = file(clerk, REPAIR, Map.of("Idempotency-Key", "pamulang-pc-2026-01"),
        quote("penawaran.pdf", PDF));
    assertThat(replayed.status()).as(replayed.body()).isEqualTo(200);
    assertThat(replayed.json().path("trackingNumber").asText()).isEqualTo(number);

    JsonNode read = clerk.get("/api/budget-requests/" + number).json();
    assertThat(read.path("itSpending").asBoolean()).isTrue();
    assertThat(read.path("quoteDocumentIds")).hasSize(1);
    assertThat(read.path("openSteps").get(0).path("task").asText()).isEqualTo("UserTask_ItRecommendation");
    assertThat(as("clerk.dlh").get("/api/budget-requests/" + number).status()).isEqualTo(403);
    assertThat(as("clerk.diskominfo").get("/api/budget-requests/" + number).status())
        .as("Diskominfo reads the IT requests it recommends").isEqualTo(200);

    work(as("clerk.diskominfo"), number, "UserTask_ItRecommendation", """
        {"itRecommendation": {"value": "recommend"}, "itNote": {"value": "Spesifikasi sesuai standar SPBE"}}""");
    assertThat(status(clerk, number)).isEqualTo("DISETUJUI");
    work(clerk, number, "UserTask_Procurement", """
        {"vendorName": {"value": "CV Sinar Komputer"}, "contractNumber": {"value": "SP-027/PBJ/2026"}}""");
    work(clerk, number, "UserTask_VerifySpp", """
        {"sppNumber": {"value": "SPP-LS-0112"}, "sppVerification": {"value": "verified"}}""");
    assertThat(as("clerk.kec-pamulang").get("/engine-rest/task?processInstanceBusinessKey=" + number
        + "&taskDefinitionKey=UserTask_SignSpm&firstResult=0&maxResults=10").json())
        .as("the SPM is the Camat's, not the clerk's").isEmpty();
    work(as("head.kec-pamulang"), number, "UserTask_SignSpm", """
        {"spmDecision": {"value": "sign"}, "spmNumber": {"value": "SPM-LS-0098"}}""");
    assertThat(status(clerk, number)).isEqualTo("SPM_TERBIT");
    work(as("clerk.bpkad"), number, "UserTask_IssueSp2d", """
        {"sp2dDecision": {"value": "issue"}, "sp2dNumber": {"value": "SP2D-0451"}}""");

    JsonNode issued = as("clerk.bpkad").get("/api/budget-requests/" + number).json();
    assertThat(issued.path("status").path("code").asText()).isEqualTo("SP2D_TERBIT");
    assertThat(issued.path("paperwork").path("spmNumber").asText()).isEqualTo("SPM-LS-0098");
    assertThat(issued.path("paperwork").path("sp2dNumber").asText()).isEqualTo("SP2D-0451");
    assertThat(issued.path("openSteps").get(0).path("task").asText()).isEqualTo("UserTask_RecordPayment");
    JsonNode dossier = as("auditor").get("/api/audit/cases/" + number).json();
    assertThat(dossier.toString()).contains("BUDGET_SPM_ISSUED", "BUDGET_SP2D_ISSUED");
  }

  @Test
  @DisplayName("refused: another OPD's request, a bad account, a fraction of a rupiah, no quote, a quote not a PDF")
  void refusals() {
    StaffHttp clerk = as("clerk.kec-pamulang");
    Reply otherOpd = file(as("clerk.kec-setu"), REPAIR, Map.of(), quote("penawaran.pdf", PDF));
    assertThat(otherOpd.status()).isEqualTo(403);
    Reply badAccount = file(clerk, REPAIR.replace("5.1.02.03.02.0405", "5.1.2.3"), Map.of(), quote("p.pdf", PDF));
    assertThat(badAccount.status()).isEqualTo(400);
    assertThat(badAccount.body()).contains("targetAccount");
    Reply fraction = file(clerk, REPAIR.replace("45000000", "45000000.5"), Map.of(), quote("p.pdf", PDF));
    assertThat(fraction.status()).isEqualTo(400);
    assertThat(fraction.body()).contains("amount");
    Reply tooMuch = file(clerk, REPAIR.replace("45000000", "10000000000001"), Map.of(), quote("p.pdf", PDF));
    assertThat(tooMuch.status()).isEqualTo(400);
    Reply noQuote = file(clerk, REPAIR, Map.of());
    assertThat(noQuote.status()).isEqualTo(400);
    assertThat(noQuote.body()).contains("quotes");
    Reply image = file(clerk, REPAIR, Map.of(), Part.file("quotes", "foto.png", "image/png", PNG));
    assertThat(image.status()).isEqualTo(415);
    Reply noSource = file(clerk, REPAIR.replace("\"fundedInDpa\": true", "\"fundedInDpa\": false"), Map.of(),
        quote("p.pdf", PDF));
    assertThat(noSource.status()).isEqualTo(400);
    assertThat(noSource.body()).contains("sourceAccount");
  }

  @Test
  @DisplayName("a shift within an objek goes to BPKAD and Bappeda side by side, then to Kepala BPKAD")
  void shiftWithinAnObjek() {
    String shift = REPAIR.replace("\"fundedInDpa\": true", "\"fundedInDpa\": false, \"sourceAccount\": \"5.1.02.03.02.0401\"");
    Reply filed = file(as("clerk.kec-pamulang"), shift, Map.of(), quote("penawaran.pdf", PDF));
    assertThat(filed.status()).as(filed.body()).isEqualTo(201);
    assertThat(filed.json().path("shiftLevel").asText()).isEqualTo("SUB_RINCIAN_OBJEK");
    assertThat(filed.json().path("shiftAuthority").asText()).isEqualTo("KEPALA_BPKAD");
    String number = filed.json().path("trackingNumber").asText();
    work(as("clerk.bpkad"), number, "UserTask_BpkadVerification", """
        {"bpkadVerification": {"value": "ok"}, "bpkadNote": {"value": "Sisa pagu mencukupi"}}""");
    work(as("clerk.bappeda"), number, "UserTask_BappedaPlanCheck", """
        {"bappedaCheck": {"value": "ok"}, "bappedaNote": {"value": "Sesuai Renja"}}""");
    Reply reject = as("head.bpkad").post("/engine-rest/task/" + as("head.bpkad").get(
        "/engine-rest/task?processInstanceBusinessKey=" + number + "&taskDefinitionKey=UserTask_ApproveShift"
            + "&firstResult=0&maxResults=1").json().get(0).path("id").asText() + "/complete",
        "{\"variables\": {\"approvalDecision\": {\"value\": \"reject\"}}}");
    assertThat(reject.status()).as("a rejection needs a reason").isEqualTo(400);
    assertThat(reject.body()).contains("approvalNote");
    work(as("head.bpkad"), number, "UserTask_ApproveShift", "{\"approvalDecision\": {\"value\": \"approve\"}}");
    assertThat(status(as("clerk.kec-pamulang"), number)).isEqualTo("DISETUJUI");
  }
}
