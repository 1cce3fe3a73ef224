package id.alur.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.alur.PostgresIntegrationTest;
import id.alur.StaffHttp;
import id.alur.StaffHttp.Part;
import id.alur.StaffHttp.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A complaint from submission to rating, over HTTP on PostgreSQL as the people involved do it: the citizen through
 * {@code /api/public} (multipart complaint with a photo, status, the last word), the coordinator, DLH's clerk and its
 * head through the engine's REST API as Tasklist calls it; the citizen reopens it once before confirming.
 */
class ComplaintHandlingIT extends PostgresIntegrationTest {

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
  static final String COMPLAINT = """
      {"category": "sampah", "description": "Sampah menumpuk di pinggir Jl. Pajajaran sejak dua minggu",
       "kecamatan": "Pamulang", "kelurahan": "Pondok Cabe Udik", "latitude": -6.3425, "longitude": 106.7378,
       "complainantName": "Rina Wulandari", "complainantPhone": "0812-9999-8888"}""";

  private JsonNode status(String number, String code) {
    Reply reply = anonymous().send("GET", "/api/public/cases/" + number, Map.of("X-Access-Code", code), null);
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    return reply.json();
  }

  private static void work(StaffHttp staff, String number, String taskKey, String variables) {
    JsonNode found = staff.get("/engine-rest/task?processInstanceBusinessKey=" + number + "&taskDefinitionKey="
        + taskKey + "&firstResult=0&maxResults=10").json();
    assertThat(found).as(taskKey + " in the tasklist: " + found).hasSize(1);
    Reply done = staff.post("/engine-rest/task/" + found.get(0).path("id").asText() + "/complete",
        "{\"variables\": " + variables + "}");
    assertThat(done.status()).as(taskKey + ": " + done.body()).isEqualTo(204);
  }

  private Reply closure(String number, String code, String body) {
    return anonymous().send("POST", "/api/public/cases/" + number + "/closure",
        Map.of("X-Access-Code", code, "Content-Type", "application/json"), body);
  }

  private void answeredByDlh(String number, String answer) {
    work(as("clerk.dlh"), number, "UserTask_Answer", "{\"answer\": {\"value\": \"" + answer + "\"}}");
    work(as("head.dlh"), number, "UserTask_ApproveAnswer", "{\"answerApproval\": {\"value\": \"approve\"}}");
    work(as("coordinator"), number, "UserTask_CrossCheck", "{\"crossCheck\": {\"value\": \"accept\"}}");
  }

  @Test
  @DisplayName("submitted with a photo, verified, dispatched to DLH, answered, reopened once, answered again, rated")
  void fromSubmissionToRating() {
    Reply submitted = anonymous().postParts("/api/public/complaints", Map.of("Idempotency-Key", "rina-sampah-0001"),
        List.of(Part.field("complaint", COMPLAINT), Part.file("photos", "tumpukan.png", "image/png", PNG)));
    assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
    String number = submitted.json().path("trackingNumber").asText();
    String code = submitted.json().path("accessCode").asText();
    assertThat(number).matches("ADU-\\d{4}-\\d{6}");
    JsonNode received = status(number, code);
    assertThat(received.path("status").path("code").asText()).isEqualTo("DITERIMA");
    assertThat(received.path("dueAt").isTextual()).as("the coordinator's 3 HK: " + received).isTrue();

    StaffHttp coordinator = as("coordinator");
    assertThat(as("clerk.dlh").get("/engine-rest/task?processInstanceBusinessKey=" + number
        + "&firstResult=0&maxResults=10").json()).as("not DLH's before dispatch").isEmpty();
    Reply noTier = coordinator.post("/engine-rest/task/" + coordinator.get("/engine-rest/task?processInstanceBusinessKey="
        + number + "&taskDefinitionKey=UserTask_Verify&firstResult=0&maxResults=1").json().get(0).path("id").asText()
        + "/complete", "{\"variables\": {\"verification\": {\"value\": \"dispatch\"}, \"dispatchOpd\": {\"value\": \"dlh\"}}}");
    assertThat(noTier.status()).as("a dispatch needs a tier").isEqualTo(400);
    assertThat(noTier.body()).contains("tier");
    work(coordinator, number, "UserTask_Verify", """
        {"verification": {"value": "dispatch"}, "dispatchOpd": {"value": "dlh"}, "tier": {"value": "NORMATIF"}}""");
    assertThat(status(number, code).path("status").path("code").asText()).isEqualTo("DIDISPOSISIKAN");

    work(as("clerk.dlh"), number, "UserTask_FirstResponse",
        "{\"firstResponse\": {\"value\": \"Petugas kebersihan mengangkut besok pagi\"}}");
    answeredByDlh(number, "Sampah diangkut 10 Desember");
    JsonNode toConfirm = status(number, code);
    assertThat(toConfirm.path("status").path("code").asText()).isEqualTo("MENUNGGU_TANGGAPAN_PELAPOR");
    assertThat(toConfirm.path("nextStep").path("code").asText()).isEqualTo("CONFIRM");

    Reply reopened = closure(number, code, "{\"decision\": \"reopen\", \"comment\": \"Dua hari kemudian menumpuk lagi\"}");
    assertThat(reopened.status()).as(reopened.body()).isEqualTo(200);
    assertThat(status(number, code).path("status").path("code").asText()).isEqualTo("DIBUKA_KEMBALI");
    assertThat(closure(number, code, "{\"decision\": \"confirm\", \"rating\": 5}").status())
        .as("nothing is asked of the citizen while DLH works again").isEqualTo(409);

    answeredByDlh(number, "TPS liar ditutup dan dijaga Satpol PP");
    assertThat(closure(number, code, "{\"decision\": \"confirm\", \"rating\": 9}").status()).isEqualTo(400);
    Reply rated = closure(number, code, "{\"decision\": \"confirm\", \"rating\": 5, \"comment\": \"Terima kasih\"}");
    assertThat(rated.status()).as(rated.body()).isEqualTo(200);
    assertThat(status(number, code).path("status").path("code").asText()).isEqualTo("SELESAI");
    assertThat(closure(number, code, "{\"decision\": \"confirm\", \"rating\": 5}").status()).as("a replay").isEqualTo(409);

    JsonNode staffView = as("auditor").get("/api/complaints/" + number).json();
    assertThat(staffView.toString()).doesNotContain("081299998888");
    JsonNode dossier = as("auditor").get("/api/audit/cases/" + number).json();
    assertThat(dossier.toString()).contains("COMPLAINT_DISPATCHED", "COMPLAINT_REOPENED", "COMPLAINT_CLOSED");
  }
}
