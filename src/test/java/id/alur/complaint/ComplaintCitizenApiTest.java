package id.alur.complaint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.alur.cases.CaseFile;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.CitizenAccess;
import id.alur.cases.NextStep;
import id.alur.cases.TrackingNumber;
import id.alur.citizen.IdempotentSubmissions;
import id.alur.complaint.ComplaintClosures.Closure;
import id.alur.complaint.ComplaintStandIns.Filed;
import id.alur.identity.StaffUser;
import id.alur.web.ApiProblem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The complaint module's citizen side in the running application on H2: the complaint as the citizen writes it,
 * its submission, the public listing, what staff see of the complainant, the citizen's last word and what the
 * public status tells them to do next. The complaint process itself is tested with its model; here a stand-in
 * carries the cases where the model is missing (ComplaintStandIns).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "spring.datasource.url=jdbc:h2:mem:complaint-api-test;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "alur.sla.watch-enabled=false",
    "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration"})
class ComplaintCitizenApiTest {

  static final String COMPLAINT = """
      {"category": "jalan", "description": "Jalan berlubang besar di depan SDN Pamulang 02, berbahaya bagi motor.",
       "kecamatan": "Pamulang", "kelurahan": "pamulang barat", "latitude": -6.34, "longitude": 106.73,
       "roadStatus": "city", "complainantName": "Siti Aminah", "complainantNik": "3674015501900001",
       "complainantPhone": "0812-1111-2222", "complainantEmail": "siti@example.id"}""";

  @Autowired ComplaintRoutes routes;
  @Autowired CityAreas areas;
  @Autowired ComplaintSubmissions submissions;
  @Autowired ComplaintSubmissionApi submissionApi;
  @Autowired ComplaintClosures closures;
  @Autowired ComplaintNextSteps nextSteps;
  @Autowired ComplaintRecords records;
  @Autowired CaseRegistry cases;
  @Autowired CitizenAccess access;
  @Autowired RepositoryService repository;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired JdbcClient jdbc;

  @BeforeEach
  void models() {
  }

  ComplaintRequest parse(String json) {
    return ComplaintRequest.parse(json, routes.categories(), areas);
  }

  String refusedField(String json) {
    ApiProblem problem = (ApiProblem) org.assertj.core.api.Assertions.catchThrowable(() -> parse(json));
    assertThat(problem).as("refused: " + json).isNotNull();
    assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
    return problem.field();
  }

  Filed filed(boolean anonymous, boolean confidential) {
    TrackingNumber number = cases.open(ComplaintHandlingProcess.CASE_PREFIX, ComplaintHandlingProcess.COORDINATOR_OPD,
        CaseStatus.DITERIMA);
    records.insert(ComplaintStandIns.complaint(number.value(), anonymous, confidential, 0, ComplaintAction.WAIT));
    return new Filed(number, access.issue(number), "");
  }

  private List<String> trail(String number) {
    return jdbc.sql("select action from audit_event where case_number = ? order by position").param(number)
        .query(String.class).list();
  }

  @Nested
  @DisplayName("a complaint as the citizen writes it")
  class Request {

    @Test
    @DisplayName("is read with the place as the city writes it and the phone number without blanks and dashes")
    void accepted() {
      ComplaintRequest request = parse(COMPLAINT);
      assertThat(request.place().kecamatanOpd()).isEqualTo("kec-pamulang");
      assertThat(request.place().kelurahan()).isEqualTo("Pamulang Barat");
      assertThat(request.complainant().phone()).contains("081211112222");
      assertThat(request.anonymous()).isFalse();
      assertThat(request.confidential()).isFalse();
      assertThat(request.latitude()).contains(-6.34);
    }

    @Test
    @DisplayName("is refused naming the first field that is wrong")
    void refusedByField() {
      assertThat(refusedField("[1]")).isEqualTo("complaint");
      assertThat(refusedField(COMPLAINT.replace("{", "{\"priority\": \"urgent\", "))).isEqualTo("priority");
      assertThat(refusedField(COMPLAINT.replace("\"jalan\"", "\"ufo\""))).isEqualTo("category");
      assertThat(refusedField(COMPLAINT.replaceAll("\"description\": \"[^\"]*\"",
          "\"description\": \"   Jalan berlubang.     \""))).isEqualTo("description");
      assertThat(refusedField(COMPLAINT.replaceAll("\"description\": \"[^\"]*\"",
          "\"description\": \"" + "a".repeat(5001) + "\""))).isEqualTo("description");
      assertThat(refusedField(COMPLAINT.replace("\"Pamulang\"", "\"Tangerang\""))).isEqualTo("kecamatan");
      assertThat(refusedField(COMPLAINT.replace("pamulang barat", "Serua"))).as("Serua lies in Ciputat")
          .isEqualTo("kelurahan");
      assertThat(refusedField(COMPLAINT.replace("\"longitude\": 106.73,", ""))).isEqualTo("longitude");
      assertThat(refusedField(COMPLAINT.replace("\"latitude\": -6.34, ", ""))).isEqualTo("latitude");
      assertThat(refusedField(COMPLAINT.replace("-6.34", "-6.10"))).as("Jakarta").isEqualTo("latitude");
      assertThat(refusedField(COMPLAINT.replace("-6.34", "\"-6.34\""))).isEqualTo("latitude");
      assertThat(refusedField(COMPLAINT.replace("\"city\"", "\"toll\""))).isEqualTo("roadStatus");
      assertThat(refusedField(COMPLAINT.replace("\"jalan\"", "\"sampah\""))).isEqualTo("roadStatus");
      assertThat(refusedField(COMPLAINT.replace("\"Siti Aminah\"", "\"S\""))).isEqualTo("complainantName");
      assertThat(refusedField(COMPLAINT.replace("\"complainantName\": \"Siti Aminah\",", "")
          .replace("{", "{\"anonymous\": true, "))).as("anonymous still names who complains")
          .isEqualTo("complainantName");
      assertThat(refusedField(COMPLAINT.replace("3674015501900001", "36740155"))).isEqualTo("complainantNik");
      assertThat(refusedField(COMPLAINT.replace("0812-1111-2222", "0812-11"))).isEqualTo("complainantPhone");
      assertThat(refusedField(COMPLAINT.replace("siti@example.id", "siti at example"))).isEqualTo("complainantEmail");
      assertThat(refusedField(COMPLAINT.replace("{", "{\"anonymous\": \"ya\", "))).isEqualTo("anonymous");
    }
  }

  @Nested
  @DisplayName("a submission")
  class Submission {

    @Test
    @DisplayName("opens an ADU case at Diskominfo, keeps the routing table's proposal and starts the process")
    void opensCase() {
      IdempotentSubmissions.Opened opened = submissions.submit(parse(COMPLAINT.replace("\"city\"", "\"provincial\"")),
          List.of(), Optional.empty(), "hash");
      CaseFile caseFile = cases.get(opened.trackingNumber());
      assertThat(caseFile.trackingNumber().prefix()).isEqualTo("ADU");
      assertThat(caseFile.owningOpd()).isEqualTo("diskominfo");
      assertThat(caseFile.status().code()).isEqualTo(CaseStatus.DITERIMA);
      assertThat(access.open(opened.trackingNumber().value(), opened.accessCode())).isPresent();
      Complaint complaint = records.get(opened.trackingNumber().value());
      assertThat(complaint.proposedOpd()).isEqualTo("dsdabmbk");
      assertThat(complaint.proposedExternal()).contains("dpupr-banten");
      assertThat(complaint.citizenAction()).isEqualTo(ComplaintAction.WAIT);
      String instance = caseFile.processInstanceId().orElseThrow();
      Map<String, Object> variables = history.createHistoricVariableInstanceQuery().processInstanceId(instance).list()
          .stream().collect(java.util.stream.Collectors.toMap(v -> v.getName(), v -> v.getValue(), (a, b) -> a));
      assertThat(variables).containsEntry("trackingNumber", opened.trackingNumber().value())
          .containsEntry(ComplaintHandlingProcess.CATEGORY, "jalan")
          .containsEntry(ComplaintHandlingProcess.PROPOSED_OPD, "dsdabmbk")
          .containsEntry(ComplaintHandlingProcess.PROPOSED_EXTERNAL, "dpupr-banten");
      assertThat(trail(opened.trackingNumber().value())).contains("COMPLAINT_SUBMITTED");
      String details = jdbc.sql("select details from audit_event where case_number = ? and action = ?")
          .params(opened.trackingNumber().value(), "COMPLAINT_SUBMITTED").query(String.class).single();
      assertThat(details).contains("jalan", "kec-pamulang").doesNotContain("Siti", "3674015501900001", "0812");
    }

    @Test
    @DisplayName("of pungli by a civil servant is confidential whatever the citizen ticked")
    void pungliIsConfidential() {
      String pungli = COMPLAINT.replace("\"jalan\"", "\"pungli_asn\"").replace("\"roadStatus\": \"city\", ", "");
      IdempotentSubmissions.Opened opened = submissions.submit(parse(pungli), List.of(), Optional.empty(), "hash");
      Complaint complaint = records.get(opened.trackingNumber().value());
      assertThat(complaint.confidential()).isTrue();
      assertThat(complaint.proposedOpd()).isEqualTo("inspektorat");
      assertThat(complaint.proposedExternal()).isEmpty();
    }
  }

  @Nested
  @DisplayName("the public listing")
  class Listing {

    @Test
    @DisplayName("shows the latest complaints that are not confidential, with nothing about who sent them")
    void noPersonalData() throws Exception {
      Filed open = filed(false, false);
      Filed anonymous = filed(true, false);
      Filed confidential = filed(false, true);
      List<ComplaintSubmissionApi.ListedComplaint> listed = submissionApi.latest();
      assertThat(listed).extracting(ComplaintSubmissionApi.ListedComplaint::trackingNumber)
          .contains(open.number().value(), anonymous.number().value())
          .doesNotContain(confidential.number().value());
      ComplaintSubmissionApi.ListedComplaint first = listed.stream()
          .filter(row -> row.trackingNumber().equals(open.number().value())).findFirst().orElseThrow();
      assertThat(first.kecamatan()).isEqualTo("Kecamatan Pamulang");
      assertThat(first.kelurahan()).isEqualTo("Pamulang Barat");
      assertThat(first.status().code()).isEqualTo(CaseStatus.DITERIMA);
      String json = new ObjectMapper().findAndRegisterModules().writeValueAsString(listed);
      assertThat(json).doesNotContain("Siti", "3674", "0812", "siti@", "berlubang");
      assertThat(listed).hasSizeLessThanOrEqualTo(ComplaintSubmissionApi.LISTED);
    }
  }

  @Nested
  @DisplayName("what staff see of the complainant")
  class Privacy {

    final StaffUser coordinator = new StaffUser("coordinator", List.of("diskominfo", "coordinator"));
    final StaffUser auditor = new StaffUser("auditor", List.of("auditor", "inspektorat"));

    Complaint complaint(boolean anonymous) {
      return ComplaintStandIns.complaint("ADU-2026-000999", anonymous, false, 0, ComplaintAction.WAIT);
    }

    @Test
    @DisplayName("an anonymous complainant is named only to the coordinator; for anyone else 'Anonim' without contact")
    void anonymous() {
      ComplaintStaffApi.ComplainantView toCoordinator = ComplaintStaffApi.complainant(complaint(true), coordinator);
      assertThat(toCoordinator.name()).isEqualTo("Siti Aminah");
      assertThat(toCoordinator.email()).contains("siti@example.id");
      assertThat(toCoordinator.nik()).contains("3674********0001");
      assertThat(toCoordinator.phone()).contains("0812****2222");
      ComplaintStaffApi.ComplainantView toAuditor = ComplaintStaffApi.complainant(complaint(true), auditor);
      assertThat(toAuditor).isEqualTo(new ComplaintStaffApi.ComplainantView("Anonim", Optional.empty(),
          Optional.empty(), Optional.empty(), true));
    }

    @Test
    @DisplayName("a named complainant is named to every reader, the NIK and phone always masked")
    void named() {
      ComplaintStaffApi.ComplainantView toAuditor = ComplaintStaffApi.complainant(complaint(false), auditor);
      assertThat(toAuditor.name()).isEqualTo("Siti Aminah");
      assertThat(toAuditor.nik()).contains("3674********0001");
      assertThat(toAuditor.phone()).contains("0812****2222");
    }
  }

  @Nested
  @DisplayName("the citizen's last word")
  class LastWord {

    Filed awaiting(int reopenCount) {
      return ComplaintStandIns.awaitingClosure(repository, runtime, cases, records, access, reopenCount);
    }

    @Test
    @DisplayName("a confirmation reaches the process with the rating and is on the trail")
    void confirm() {
      Filed filed = awaiting(0);
      CaseFile caseFile = cases.get(filed.number());
      assertThat(closures.awaited(caseFile)).isTrue();
      closures.close(caseFile, ComplaintClosureApi.parse("{\"decision\": \"confirm\", \"rating\": 4, "
          + "\"comment\": \"Cepat, terima kasih\"}"));
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(filed.processInstanceId()).count()).isZero();
      Map<String, Object> variables = new java.util.HashMap<>();
      history.createHistoricVariableInstanceQuery().processInstanceId(filed.processInstanceId()).list()
          .forEach(variable -> variables.put(variable.getName(), variable.getValue()));
      assertThat(variables).containsEntry(ComplaintHandlingProcess.CLOSURE_DECISION, "confirm")
          .containsEntry(ComplaintHandlingProcess.RATING, 4)
          .containsEntry(ComplaintHandlingProcess.RATING_COMMENT, "Cepat, terima kasih");
      assertThat(trail(filed.number().value())).contains("COMPLAINT_RATED");
      assertThatThrownBy(() -> closures.close(caseFile, new Closure("confirm", Optional.of(5), Optional.empty())))
          .as("no longer awaited").isInstanceOfSatisfying(ApiProblem.class,
              problem -> assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT));
    }

    @Test
    @DisplayName("a third reopening is refused naming the decision, and the process still waits")
    void thirdReopening() {
      Filed filed = awaiting(ComplaintHandlingProcess.MAX_REOPENINGS);
      CaseFile caseFile = cases.get(filed.number());
      assertThatThrownBy(() -> closures.close(caseFile, ComplaintClosureApi.parse(
          "{\"decision\": \"reopen\", \"comment\": \"Lubangnya muncul lagi setelah hujan\"}")))
          .isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(problem.field()).isEqualTo("decision");
            assertThat(problem.indonesian()).contains("dua kali");
          });
      assertThat(closures.awaited(caseFile)).isTrue();
      assertThat(trail(filed.number().value())).doesNotContain("COMPLAINT_REOPEN_REQUESTED");
      closures.close(caseFile, ComplaintClosureApi.parse("{\"decision\": \"confirm\", \"rating\": 2}"));
      assertThat(trail(filed.number().value())).contains("COMPLAINT_RATED");
    }

    @Test
    @DisplayName("a reopening within the limit reaches the process and is on the trail")
    void reopen() {
      Filed filed = awaiting(1);
      closures.close(cases.get(filed.number()), ComplaintClosureApi.parse(
          "{\"decision\": \"reopen\", \"comment\": \"Lubangnya muncul lagi setelah hujan\"}"));
      assertThat(trail(filed.number().value())).contains("COMPLAINT_REOPEN_REQUESTED");
      assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(filed.processInstanceId())
          .variableName(ComplaintHandlingProcess.CLOSURE_DECISION).singleResult().getValue()).isEqualTo("reopen");
    }

    @Test
    @DisplayName("is refused naming the field when it is incomplete")
    void refused() {
      Map<String, String> refusals = Map.of(
          "{}", "decision",
          "{\"decision\": \"maybe\"}", "decision",
          "{\"decision\": \"confirm\"}", "rating",
          "{\"decision\": \"confirm\", \"rating\": 6}", "rating",
          "{\"decision\": \"confirm\", \"rating\": 4.5}", "rating",
          "{\"decision\": \"reopen\", \"comment\": \"belum\"}", "comment",
          "{\"decision\": \"confirm\", \"rating\": 3, \"comment\": \"" + "x".repeat(2001) + "\"}", "comment",
          "{\"decision\": \"confirm\", \"rating\": 3, \"stars\": 3}", "stars",
          "no json", "body");
      refusals.forEach((body, field) -> assertThatThrownBy(() -> ComplaintClosureApi.parse(body)).as(body)
          .isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(problem.field()).isEqualTo(field);
          }));
    }
  }

  @Nested
  @DisplayName("the next step on the public status")
  class NextSteps {

    @Test
    @DisplayName("tells the citizen to read and confirm the answer, with the answer")
    void confirm() {
      Filed filed = ComplaintStandIns.awaitingClosure(repository, runtime, cases, records, access, 0);
      NextStep step = nextSteps.of(cases.get(filed.number())).orElseThrow();
      assertThat(step.code()).isEqualTo("CONFIRM");
      assertThat(step.indonesian()).contains("konfirmasi");
      assertThat(step.english()).contains("confirm");
      assertThat(step.detail()).contains("Lubang sudah ditambal oleh DSDABMBK pada 3 Maret.");
    }

    @Test
    @DisplayName("shows what the coordinator asked, and nothing to do while the city works")
    void provideInfoAndWait() {
      Filed filed = filed(false, false);
      NextStep waiting = nextSteps.of(cases.get(filed.number())).orElseThrow();
      assertThat(waiting.code()).isEqualTo("WAIT");
      assertThat(waiting.dueAt()).as("no clock runs yet").isEmpty();
      records.askCitizen(filed.number().value(), ComplaintAction.PROVIDE_INFO, "Di RT/RW berapa lubangnya?");
      NextStep asked = nextSteps.of(cases.get(filed.number())).orElseThrow();
      assertThat(asked.code()).isEqualTo("PROVIDE_INFO");
      assertThat(asked.detail()).contains("Di RT/RW berapa lubangnya?");
      assertThat(asked.english()).contains("information");
    }
  }
}
