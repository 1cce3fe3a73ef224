package id.alur.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.alur.PostgresIntegrationTest;
import id.alur.StaffHttp.Part;
import id.alur.StaffHttp.Reply;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CitizenAccess;
import id.alur.complaint.ComplaintStandIns.Filed;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The complaint API over HTTP on PostgreSQL as citizens and staff use it: submissions refused and accepted, the
 * public status, what the form offers, the public listing, what staff see of an anonymous complainant and the
 * citizen's last word. Where the real complaint model is not deployed yet, a stand-in carries submissions
 * (ComplaintStandIns); the last word is given on cases carried by a stand-in of its own key.
 */
class ComplaintApiIT extends PostgresIntegrationTest {

  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
  static final String COMPLAINT = """
      {"category": "jalan", "description": "Jalan berlubang besar di depan SDN Pamulang 02, berbahaya bagi motor.",
       "kecamatan": "Pamulang", "kelurahan": "Pamulang Barat", "latitude": -6.34, "longitude": 106.73,
       "complainantName": "Siti Aminah", "complainantNik": "3674015501900001",
       "complainantPhone": "0812-1111-2222", "complainantEmail": "siti@example.id"}""";

  @Autowired JdbcClient jdbc;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired CaseRegistry cases;
  @Autowired ComplaintRecords records;
  @Autowired CitizenAccess access;

  @BeforeEach
  void models() {
  }

  private Reply complain(String complaint, Map<String, String> headers, Part... photos) {
    List<Part> parts = new ArrayList<>();
    parts.add(Part.field("complaint", complaint));
    parts.addAll(List.of(photos));
    return anonymous().postParts("/api/public/complaints", headers, parts);
  }

  private static Part photo(String name) {
    return Part.file("photos", name, "image/jpeg", JPEG);
  }

  private int complaints() {
    return jdbc.sql("select count(*) from complaint").query(Integer.class).single();
  }

  private static String field(Reply reply) {
    return reply.json().path("field").asText();
  }

  private Reply closure(String number, String code, String body) {
    return anonymous().send("POST", "/api/public/cases/" + number + "/closure",
        Map.of("X-Access-Code", code, "Content-Type", "application/json"), body);
  }

  @Test
  @DisplayName("bad complaints are refused naming the field or file, and none of them opens a case")
  void refusals() {
    int before = complaints();
    Reply wrongKelurahan = complain(COMPLAINT.replace("Pamulang Barat", "Serua"), Map.of());
    assertThat(wrongKelurahan.status()).isEqualTo(400);
    assertThat(field(wrongKelurahan)).isEqualTo("kelurahan");
    Reply outside = complain(COMPLAINT.replace("-6.34", "-6.17"), Map.of());
    assertThat(outside.status()).isEqualTo(400);
    assertThat(field(outside)).isEqualTo("latitude");
    Reply tooShort = complain(COMPLAINT.replaceAll("\"description\": \"[^\"]*\"", "\"description\": \"Jalan rusak\""),
        Map.of());
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(field(tooShort)).isEqualTo("description");
    Reply sixPhotos = complain(COMPLAINT, Map.of(), photo("1.jpg"), photo("2.jpg"), photo("3.jpg"), photo("4.jpg"),
        photo("5.jpg"), photo("lubang-6.jpg"));
    assertThat(sixPhotos.status()).isEqualTo(413);
    assertThat(field(sixPhotos)).isEqualTo("lubang-6.jpg");
    Reply disguised = complain(COMPLAINT, Map.of(), photo("lubang.jpg"), Part.file("photos", "foto.jpg", "image/jpeg",
        "MZ\u0090\u0000 not a photo".getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(disguised.status()).as("judged by content, not by name").isEqualTo(415);
    assertThat(field(disguised)).isEqualTo("foto.jpg");
    assertThat(complaints()).as("nothing half-written").isEqualTo(before);
  }

  @Test
  @DisplayName("a complaint is accepted once, a retry gets the same case, and the citizen follows it")
  void submitted() {
    Map<String, String> key = Map.of("Idempotency-Key", "saminah-lubang-2026-0001");
    Reply accepted = complain(COMPLAINT, key, photo("lubang.jpg"));
    assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
    String number = accepted.json().path("trackingNumber").asText();
    assertThat(number).startsWith("ADU-");
    assertThat(accepted.json().path("status").path("code").asText()).isEqualTo("DITERIMA");
    Reply replay = complain(COMPLAINT, key, photo("lubang.jpg"));
    assertThat(replay.status()).isEqualTo(200);
    assertThat(replay.json().path("trackingNumber").asText()).isEqualTo(number);
    Reply other = complain(COMPLAINT.replace("Siti Aminah", "Siti Aminah Lestari"), key, photo("lubang.jpg"));
    assertThat(other.status()).isEqualTo(422);
    assertThat(jdbc.sql("select count(*) from case_document where tracking_number = ?").param(number)
        .query(Integer.class).single()).as("one photo, stored once").isEqualTo(1);

    String code = replay.json().path("accessCode").asText();
    Reply status = anonymous().send("GET", "/api/public/cases/" + number, Map.of("X-Access-Code", code), null);
    assertThat(status.status()).as(status.body()).isEqualTo(200);
    assertThat(status.json().path("status").path("code").asText()).isNotBlank();
    assertThat(status.json().path("nextStep").path("code").asText()).isIn("WAIT", "CONFIRM", "PROVIDE_INFO");
  }

  @Test
  @DisplayName("the form's categories and places are listed, in Indonesian and English")
  void whatTheFormOffers() {
    JsonNode categories = anonymous().get("/api/public/complaint-categories").json();
    assertThat(categories.findValuesAsText("code")).hasSize(15).contains("jalan", "pungli_asn", "lingkungan_rt");
    JsonNode jalan = categories.get(0);
    assertThat(jalan.path("indonesian").asText()).isEqualTo("Jalan rusak atau berlubang");
    assertThat(jalan.path("english").asText()).isEqualTo("Damaged or potholed road");
    JsonNode areas = anonymous().get("/api/public/city-areas").json();
    assertThat(areas).hasSize(7);
    int kelurahan = 0;
    for (JsonNode kecamatan : areas) {
      kelurahan += kecamatan.path("kelurahan").size();
    }
    assertThat(kelurahan).isEqualTo(54);
    assertThat(areas.findValuesAsText("code")).contains("kec-pamulang");
  }

  @Test
  @DisplayName("an anonymous complainant is named to the coordinator only, and a confidential complaint is never listed")
  void privacy() {
    Reply anonymousOne = complain(COMPLAINT.replace("{", "{\"anonymous\": true, "), Map.of());
    assertThat(anonymousOne.status()).as(anonymousOne.body()).isEqualTo(201);
    String number = anonymousOne.json().path("trackingNumber").asText();

    JsonNode toCoordinator = as("coordinator").get("/api/complaints/" + number).json();
    assertThat(toCoordinator.path("complainant").path("name").asText()).isEqualTo("Siti Aminah");
    assertThat(toCoordinator.path("complainant").path("nik").asText()).isEqualTo("3674********0001");
    assertThat(toCoordinator.path("complainant").path("phone").asText()).isEqualTo("0812****2222");
    Reply toAuditorReply = as("auditor").get("/api/complaints/" + number);
    assertThat(toAuditorReply.status()).as(toAuditorReply.body()).isEqualTo(200);
    JsonNode toAuditor = toAuditorReply.json();
    assertThat(toAuditor.path("complainant").path("name").asText()).isEqualTo("Anonim");
    assertThat(toAuditorReply.body()).doesNotContain("Siti", "0812", "3674015501900001", "siti@");
    Reply toClerk = as("clerk.dlh").get("/api/complaints/" + number);
    assertThat(toClerk.status()).as("not their case").isEqualTo(403);

    String pungli = COMPLAINT.replace("\"jalan\"", "\"pungli_asn\"").replace("Jalan berlubang besar",
        "Petugas meminta uang pelicin");
    Reply confidential = complain(pungli, Map.of());
    assertThat(confidential.status()).as(confidential.body()).isEqualTo(201);
    Reply listed = anonymous().get("/api/public/complaints");
    assertThat(listed.status()).isEqualTo(200);
    List<String> numbers = listed.json().findValuesAsText("trackingNumber");
    assertThat(numbers).contains(number)
        .doesNotContain(confidential.json().path("trackingNumber").asText());
    assertThat(listed.body()).doesNotContain("Siti", "0812", "3674015501900001", "siti@", "pelicin");
  }

  @Test
  @DisplayName("the complainant confirms with a rating once the answer waits for them, and not before")
  void lastWord() {
    Reply early = complain(COMPLAINT, Map.of());
    String earlyNumber = early.json().path("trackingNumber").asText();
    String earlyCode = early.json().path("accessCode").asText();
    Reply wrongCode = closure(earlyNumber, "WRONGCODE234", "{\"decision\": \"confirm\", \"rating\": 5}");
    assertThat(wrongCode.status()).isEqualTo(404);
    Reply noRating = closure(earlyNumber, earlyCode, "{\"decision\": \"confirm\"}");
    assertThat(noRating.status()).isEqualTo(400);
    assertThat(field(noRating)).isEqualTo("rating");

    Filed awaiting = ComplaintStandIns.awaitingClosure(repository, runtime, cases, records, access, 0);
    Reply shortReason = closure(awaiting.number().value(), awaiting.accessCode(),
        "{\"decision\": \"reopen\", \"comment\": \"belum\"}");
    assertThat(field(shortReason)).isEqualTo("comment");
    Reply confirmed = closure(awaiting.number().value(), awaiting.accessCode(),
        "{\"decision\": \"confirm\", \"rating\": 5, \"comment\": \"Sudah ditambal, terima kasih\"}");
    assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
    assertThat(jdbc.sql("select count(*) from audit_event where case_number = ? and action = 'COMPLAINT_RATED'")
        .param(awaiting.number().value()).query(Integer.class).single()).isEqualTo(1);
    Reply again = closure(awaiting.number().value(), awaiting.accessCode(), "{\"decision\": \"confirm\", \"rating\": 1}");
    assertThat(again.status()).as("nothing awaits it any more").isEqualTo(409);

    Filed twiceReopened = ComplaintStandIns.awaitingClosure(repository, runtime, cases, records, access, 2);
    Reply third = closure(twiceReopened.number().value(), twiceReopened.accessCode(),
        "{\"decision\": \"reopen\", \"comment\": \"Lubangnya muncul lagi setelah hujan\"}");
    assertThat(third.status()).isEqualTo(409);
    assertThat(field(third)).isEqualTo("decision");
  }
}
