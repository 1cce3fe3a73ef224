package id.alur.handoff;

import static id.alur.JakartaTime.at;
import static id.alur.JakartaTime.clockAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import id.alur.PdfText;
import id.alur.cases.CaseDocument;
import id.alur.cases.CaseDocuments;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.TrackingNumber;
import id.alur.form.FormSubmissionRejected;
import id.alur.identity.StaffUser;
import id.alur.sla.SlaClock;
import id.alur.sla.SlaClocks;
import id.alur.web.ApiProblem;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of {@code AgencyHandoffV01}, called by the test model {@code HandoffCallerTest} in the running
 * application on H2: hand-offs are asked for through {@link HandoffApi} as a clerk of the holding OPD, tasks are
 * completed through the form-checking task service as the clerks who own them, and timers fire when the test
 * moves the engine's clock and runs their job.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "spring.datasource.url=jdbc:h2:mem:handoff-process-test;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "alur.sla.watch-enabled=false",
    "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration"})
class AgencyHandoffProcessTest {

  static final String CALLER = "HandoffCallerTest";
  static final String HOLDER = "dsdabmbk";
  static final String TARGET = "dlh";

  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired CaseRegistry cases;
  @Autowired CaseDocuments documents;
  @Autowired SlaClocks clocks;
  @Autowired HandoffApi api;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  record Case(TrackingNumber number, String caller) {
  }

  /** A complaint held by DSDABMBK, its caller waiting at the holder's work. */
  Case openCase(String when) {
    clockAt(when);
    TrackingNumber number = cases.open("ADU", HOLDER, CaseStatus.DIDISPOSISIKAN);
    ProcessInstance caller = runtime.startProcessInstanceByKey(CALLER, number.value(), Map.of("holder", HOLDER));
    cases.linkProcessInstance(number, caller.getId());
    return new Case(number, caller.getId());
  }

  static StaffUser clerkOf(String opd) {
    return new StaffUser("clerk." + opd, List.of(opd));
  }

  /** What the API answers when a clerk of {@code opd} asks, with the engine user set as the web filter does. */
  HandoffApi.HandoffView askAs(String opd, Case aCase, String target, String reason) {
    StaffUser clerk = clerkOf(opd);
    identity.setAuthentication(clerk.userId(), clerk.groups());
    try {
      return api.request(aCase.number().value(), new HandoffApi.HandoffRequest(target, reason, null), clerk).getBody();
    } finally {
      identity.clearAuthentication();
    }
  }

  void completeAs(String opd, Task task, Map<String, Object> variables) {
    completeAs("clerk." + opd, List.of(opd), task, variables);
  }

  void completeAs(String userId, List<String> groups, Task task, Map<String, Object> variables) {
    identity.setAuthentication(userId, groups);
    try {
      tasks.complete(task.getId(), variables);
    } finally {
      identity.clearAuthentication();
    }
  }

  String handoffInstance(Case aCase) {
    return runtime.createProcessInstanceQuery().superProcessInstanceId(aCase.caller()).singleResult().getId();
  }

  Task task(String processInstanceId, String key) {
    return tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key).singleResult();
  }

  Task work(Case aCase) {
    return task(aCase.caller(), "UserTask_Work");
  }

  List<String> candidateGroups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().filter(link -> link.getGroupId() != null)
        .map(link -> link.getGroupId()).toList();
  }

  String owner(Case aCase) {
    return cases.get(aCase.number()).owningOpd();
  }

  record TrailRow(String actor, String opd, String action, String details) {
  }

  List<TrailRow> handoffTrail(Case aCase) {
    return jdbc.sql("select actor, opd, action, details from audit_event where case_number = ? and"
            + " (action like 'HANDOFF_%' or action like 'DOCUMENT_%') order by position")
        .param(aCase.number().value()).query(TrailRow.class).list();
  }

  List<SlaClock> clocksOf(Case aCase) {
    return clocks.ofProcessInstance(aCase.caller());
  }

  Map<String, Object> accept() {
    return Map.of(AgencyHandoff.DECISION, AgencyHandoff.ACCEPT);
  }

  Map<String, Object> giveBack(String reason) {
    return Map.of(AgencyHandoff.DECISION, AgencyHandoff.RETURN, AgencyHandoff.RETURN_REASON, reason);
  }

  @Nested
  @DisplayName("internal hand-off")
  class Internal {

    @Test
    @DisplayName("accepted: the target OPD owns the case and works it on a clock of its own")
    void accepted() {
      Case aCase = openCase("2026-12-01T09:00:00");
      HandoffApi.HandoffView asked = askAs(HOLDER, aCase, TARGET, "Sampah menumpuk di saluran: urusan DLH");
      assertThat(asked.state()).isEqualTo(Handoff.State.AWAITING_ACCEPTANCE);
      assertThat(asked.move()).isEqualTo(1);
      assertThat(work(aCase)).as("the holder's work waits for the hand-off").isNull();

      Task acceptance = task(handoffInstance(aCase), AgencyHandoff.ACCEPT_TASK);
      assertThat(candidateGroups(acceptance)).containsExactly(TARGET);
      assertThat(acceptance.getDueDate()).as("2 HK").isEqualTo(Date.from(at("2026-12-03T09:00:00")));
      assertThat(tasks.getVariable(acceptance.getId(), "handoffReason")).isEqualTo(
          "Sampah menumpuk di saluran: urusan DLH");
      assertThat(tasks.getVariable(acceptance.getId(), "trackingNumber")).isEqualTo(aCase.number().value());
      assertThat(owner(aCase)).as("nothing moves before the target accepts").isEqualTo(HOLDER);

      clockAt("2026-12-02T10:00:00");
      completeAs(TARGET, acceptance, accept());

      assertThat(owner(aCase)).isEqualTo(TARGET);
      Task work = work(aCase);
      assertThat(candidateGroups(work)).containsExactly(TARGET);
      assertThat(clocksOf(aCase)).extracting(SlaClock::opd, SlaClock::state).containsExactly(
          tuple(HOLDER, SlaClock.State.STOPPED),
          tuple(TARGET, SlaClock.State.RUNNING));
      assertThat(clocksOf(aCase).get(1).dueAt()).as("5 HK from the acceptance")
          .contains(at("2026-12-09T10:00:00"));
      assertThat(handoffTrail(aCase)).extracting(TrailRow::action, TrailRow::actor, TrailRow::opd).containsExactly(
          tuple("HANDOFF_REQUESTED", "clerk.dsdabmbk", HOLDER),
          tuple("HANDOFF_ACCEPTED", "clerk.dlh", TARGET));
      assertThat(handoffTrail(aCase).get(0).details()).contains("Sampah menumpuk di saluran", "\"to\":\"dlh\"");
      assertThat(api.list(aCase.number().value(), clerkOf(TARGET))).singleElement()
          .satisfies(view -> {
            assertThat(view.state()).isEqualTo(Handoff.State.ACCEPTED);
            assertThat(view.answeredBy()).isEqualTo("clerk.dlh");
            assertThat(view.finalOwner()).isEqualTo(TARGET);
          });
    }

    @Test
    @DisplayName("returned with a reason: the holder keeps the case and goes on; without a reason it is refused")
    void returned() {
      Case aCase = openCase("2026-12-01T09:00:00");
      askAs(HOLDER, aCase, TARGET, "Genangan karena sampah, mohon DLH");
      Task acceptance = task(handoffInstance(aCase), AgencyHandoff.ACCEPT_TASK);

      assertThatThrownBy(() -> completeAs(TARGET, acceptance, Map.of(AgencyHandoff.DECISION, AgencyHandoff.RETURN)))
          .isInstanceOf(FormSubmissionRejected.class).hasMessageContaining(AgencyHandoff.RETURN_REASON);
      completeAs(TARGET, acceptance, giveBack("Saluran tersumbat lumpur: pemeliharaan drainase DSDABMBK"));

      assertThat(owner(aCase)).isEqualTo(HOLDER);
      assertThat(candidateGroups(work(aCase))).containsExactly(HOLDER);
      assertThat(clocksOf(aCase)).singleElement().extracting(SlaClock::state).isEqualTo(SlaClock.State.RUNNING);
      TrailRow returned = handoffTrail(aCase).get(1);
      assertThat(returned.action()).isEqualTo("HANDOFF_RETURNED");
      assertThat(returned.actor()).isEqualTo("clerk.dlh");
      assertThat(returned.details()).contains("Saluran tersumbat lumpur", "\"move\":2");
    }

    @Test
    @DisplayName("asking is for the holder's clerks, once at a time, to a known target")
    void askingIsGuarded() {
      Case aCase = openCase("2026-12-01T09:00:00");
      assertThatThrownBy(() -> askAs(TARGET, aCase, "dishub", "bukan urusan kami"))
          .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.status()).isEqualTo(HttpStatus.FORBIDDEN));
      assertThatThrownBy(() -> askAs(HOLDER, aCase, "dinas-tidak-ada", "alasan"))
          .isInstanceOfSatisfying(ApiProblem.class, problem -> {
            assertThat(problem.status()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(problem.field()).isEqualTo("target");
          });
      assertThatThrownBy(() -> askAs(HOLDER, aCase, TARGET, " "))
          .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.field()).isEqualTo("reason"));
      askAs(HOLDER, aCase, TARGET, "Urusan sampah");
      assertThatThrownBy(() -> askAs(HOLDER, aCase, "dishub", "Urusan lampu"))
          .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT));
      assertThat(runtime.createProcessInstanceQuery().superProcessInstanceId(aCase.caller()).count()).isEqualTo(1);
    }
  }

  @Nested
  @DisplayName("no ping-pong")
  class Arbitration {

    @Test
    @DisplayName("handed over a third time: Sekda names the owner, final, with no acceptance task")
    void thirdHandoff() {
      Case aCase = openCase("2026-12-01T09:00:00");
      askAs(HOLDER, aCase, TARGET, "Urusan sampah");
      completeAs(TARGET, task(handoffInstance(aCase), AgencyHandoff.ACCEPT_TASK), giveBack("Bukan sampah, ini drainase"));
      HandoffApi.HandoffView third = askAs(HOLDER, aCase, TARGET, "Tetap urusan sampah menurut kami");

      assertThat(third.move()).isEqualTo(3);
      assertThat(third.state()).isEqualTo(Handoff.State.AWAITING_ARBITRATION);
      String instance = handoffInstance(aCase);
      assertThat(task(instance, AgencyHandoff.ACCEPT_TASK)).isNull();
      Task arbitration = task(instance, AgencyHandoff.ARBITRATE_TASK);
      assertThat(candidateGroups(arbitration)).containsExactly("setda");
      assertThat((String) tasks.getVariable(arbitration.getId(), "handoffHistory"))
          .contains("dsdabmbk -> dlh: Urusan sampah", "Bukan sampah, ini drainase");
      assertThat(tasks.getVariable(arbitration.getId(), "arbitrationOptions").toString())
          .startsWith("[{\"label\":\"Dinas Sumber Daya Air Bina Marga dan Bina Konstruksi (dsdabmbk)\"")
          .contains("{\"label\":\"Dinas Lingkungan Hidup (dlh)\",\"value\":\"dlh\"},{\"label\":\"Badan Pendapatan");

      completeAs("setda", arbitration, Map.of(AgencyHandoff.ARBITRATION_OWNER, TARGET,
          AgencyHandoff.ARBITRATION_REASON, "Perda pengelolaan sampah: DLH membersihkan saluran dari sampah"));

      assertThat(owner(aCase)).isEqualTo(TARGET);
      assertThat(candidateGroups(work(aCase))).containsExactly(TARGET);
      assertThat(handoffTrail(aCase)).extracting(TrailRow::action).containsExactly("HANDOFF_REQUESTED",
          "HANDOFF_RETURNED", "HANDOFF_REQUESTED", "HANDOFF_ARBITRATED");
      TrailRow decided = handoffTrail(aCase).get(3);
      assertThat(decided.opd()).isEqualTo("setda");
      assertThat(decided.actor()).isEqualTo("clerk.setda");
      assertThat(decided.details()).contains("\"owner\":\"dlh\"", "Perda pengelolaan sampah");
    }

    @Test
    @DisplayName("returned on the third move: Sekda decides instead of the return going back")
    void thirdMoveIsAReturn() {
      Case aCase = openCase("2026-12-01T09:00:00");
      askAs(HOLDER, aCase, TARGET, "Urusan sampah");
      completeAs(TARGET, task(handoffInstance(aCase), AgencyHandoff.ACCEPT_TASK), accept());
      askAs(TARGET, aCase, "dishub", "Lampu jalan mati, urusan Dishub");
      String instance = handoffInstance(aCase);
      completeAs("dishub", task(instance, AgencyHandoff.ACCEPT_TASK), giveBack("Lampu taman, bukan PJU"));

      assertThat(owner(aCase)).isEqualTo(TARGET);
      Task arbitration = task(instance, AgencyHandoff.ARBITRATE_TASK);
      assertThat(arbitration).isNotNull();
      assertThat(work(aCase)).isNull();
      assertThatThrownBy(() -> completeAs("setda", arbitration, Map.of(AgencyHandoff.ARBITRATION_OWNER, "tidak-ada",
          AgencyHandoff.ARBITRATION_REASON, "Keputusan tanpa OPD yang ada")))
          .isInstanceOf(FormSubmissionRejected.class);
      completeAs("setda", arbitration, Map.of(AgencyHandoff.ARBITRATION_OWNER, "dishub",
          AgencyHandoff.ARBITRATION_REASON, "Lampu taman di jalan kota termasuk PJU"));
      assertThat(owner(aCase)).isEqualTo("dishub");
      assertThat(candidateGroups(work(aCase))).containsExactly("dishub");
      assertThat(api.list(aCase.number().value(), clerkOf("dishub"))).extracting(HandoffApi.HandoffView::state)
          .containsExactly(Handoff.State.ACCEPTED, Handoff.State.ARBITRATED);
    }
  }

  @Nested
  @DisplayName("acceptance overdue")
  class Overdue {

    @Test
    @DisplayName("after 2 HK the coordinator follows up and the acceptance task stays")
    void escalatesWithoutCancelling() {
      Case aCase = openCase("2026-12-04T14:00:00");
      askAs(HOLDER, aCase, TARGET, "Urusan sampah");
      String instance = handoffInstance(aCase);
      Job timer = management.createJobQuery().processInstanceId(instance).timers().singleResult();
      assertThat(timer.getDuedate()).as("Fri 14:00 + 2 HK").isEqualTo(Date.from(at("2026-12-08T14:00:00")));

      clockAt("2026-12-08T14:00:00");
      management.executeJob(timer.getId());

      Task acceptance = task(instance, AgencyHandoff.ACCEPT_TASK);
      assertThat(acceptance).as("not cancelled").isNotNull();
      Task chase = task(instance, AgencyHandoff.CHASE_TASK);
      assertThat(candidateGroups(chase)).containsExactly("coordinator");
      assertThat(chase.getDueDate()).isEqualTo(Date.from(at("2026-12-09T14:00:00")));
      completeAs("coordinator", List.of("diskominfo", "coordinator"), chase, Map.of(AgencyHandoff.OVERDUE_FOLLOW_UP, "Menelepon Sekretaris DLH pukul 14.30"));

      clockAt("2026-12-09T08:00:00");
      completeAs(TARGET, acceptance, accept());
      assertThat(owner(aCase)).isEqualTo(TARGET);
      assertThat(handoffTrail(aCase)).extracting(TrailRow::action, TrailRow::opd).containsExactly(
          tuple("HANDOFF_REQUESTED", HOLDER),
          tuple("HANDOFF_ACCEPTANCE_OVERDUE", TARGET),
          tuple("HANDOFF_FOLLOWED_UP", "diskominfo"),
          tuple("HANDOFF_ACCEPTED", TARGET));
      assertThat(handoffTrail(aCase).get(2).details()).contains("Menelepon Sekretaris DLH");
    }

    @Test
    @DisplayName("an acceptance given while the coordinator's task is open ends that task too")
    void acceptanceEndsTheFollowUp() {
      Case aCase = openCase("2026-12-01T09:00:00");
      askAs(HOLDER, aCase, TARGET, "Urusan sampah");
      String instance = handoffInstance(aCase);
      clockAt("2026-12-03T09:00:00");
      management.executeJob(management.createJobQuery().processInstanceId(instance).timers().singleResult().getId());
      assertThat(task(instance, AgencyHandoff.CHASE_TASK)).isNotNull();

      completeAs(TARGET, task(instance, AgencyHandoff.ACCEPT_TASK), accept());

      assertThat(runtime.createProcessInstanceQuery().processInstanceId(instance).count()).isZero();
      assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isZero();
      assertThat(candidateGroups(work(aCase))).containsExactly(TARGET);
    }
  }

  @Nested
  @DisplayName("external hand-off")
  class External {

    @Test
    @DisplayName("a numbered letter is stored, the caller closes as Dialihkan, reminders every 10 HK, the API answers")
    void letterRemindersAndAnswer() {
      Case aCase = openCase("2026-12-03T09:00:00");
      HandoffApi.HandoffView asked = askAs(HOLDER, aCase, "dpupr-banten",
          "Jl. Pondok Cabe Raya adalah jalan provinsi");

      assertThat(asked.kind()).isEqualTo(Handoff.Kind.EXTERNAL);
      assertThat(asked.state()).isEqualTo(Handoff.State.AWAITING_ANSWER);
      assertThat(asked.letterNumber()).matches("\\d{3}/SP-DSDABMBK/XII/2026");
      assertThat(asked.legalBasis()).as("the agency's default").contains("Undang-Undang Nomor 23 Tahun 2014");
      CaseDocument letter = documents.find(aCase.number(), asked.letterDocumentId()).orElseThrow();
      assertThat(letter.mediaType()).isEqualTo("application/pdf");
      String text = PdfText.text(documents.content(letter));
      assertThat(text).contains(asked.letterNumber(), aCase.number().value(), "Dinas PUPR Provinsi Banten",
          "Jl. Pondok Cabe Raya adalah jalan provinsi", "Undang-Undang Nomor 23 Tahun 2014");

      assertThat(cases.get(aCase.number()).status().code()).isEqualTo(CaseStatus.DIALIHKAN);
      assertThat(work(aCase)).isNull();
      assertThat(clocksOf(aCase)).singleElement().extracting(SlaClock::state).isEqualTo(SlaClock.State.STOPPED);
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(aCase.caller()).count())
          .as("the caller stays linked to the hand-off").isEqualTo(1);

      String instance = handoffInstance(aCase);
      Task answer = task(instance, AgencyHandoff.ANSWER_TASK);
      assertThat(candidateGroups(answer)).containsExactly(HOLDER);
      Job reminder = management.createJobQuery().processInstanceId(instance).timers().singleResult();
      assertThat(reminder.getDuedate()).isEqualTo(Date.from(at("2026-12-17T09:00:00")));
      clockAt("2026-12-17T09:00:00");
      management.executeJob(reminder.getId());
      Job second = management.createJobQuery().processInstanceId(instance).timers().singleResult();
      assertThat(second.getDuedate()).as("past Christmas, cuti bersama, New Year and Isra Mikraj")
          .isEqualTo(Date.from(at("2027-01-06T09:00:00")));
      clockAt("2027-01-06T09:00:00");
      management.executeJob(second.getId());

      assertThat(documents.ofCase(aCase.number())).extracting(CaseDocument::kind)
          .containsExactly("HANDOFF_LETTER", "HANDOFF_REMINDER", "HANDOFF_REMINDER");
      String secondReminder = PdfText.text(documents.content(documents.ofCase(aCase.number()).get(2)));
      assertThat(secondReminder).contains("Surat Pengingat ke-2".toUpperCase(), asked.letterNumber());
      assertThat(task(instance, AgencyHandoff.ANSWER_TASK)).as("a fresh task for the answer").isNotNull();

      clockAt("2027-01-07T10:00:00");
      StaffUser clerk = clerkOf(HOLDER);
      identity.setAuthentication(clerk.userId(), clerk.groups());
      HandoffApi.HandoffView answered;
      try {
        answered = api.answer(aCase.number().value(), asked.id(), new HandoffApi.AgencyAnswer(
            "Surat DPUPR Banten 620/55/2027: perbaikan dijadwalkan Februari 2027"), clerk);
      } finally {
        identity.clearAuthentication();
      }
      assertThat(answered.state()).isEqualTo(Handoff.State.ANSWERED);
      assertThat(answered.reminders()).isEqualTo(2);
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(aCase.caller()).count()).isZero();
      assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(aCase.caller())
          .activityId("EndEvent_AgencyAnswered").count()).isEqualTo(1);
      assertThat(cases.get(aCase.number()).status().code()).isEqualTo(CaseStatus.DIALIHKAN);
      assertThat(handoffTrail(aCase)).extracting(TrailRow::action).containsExactly("HANDOFF_REQUESTED",
          "DOCUMENT_STORED", "HANDOFF_LETTER_SENT", "HANDOFF_CLOSED_AS_DIALIHKAN", "DOCUMENT_STORED",
          "HANDOFF_REMINDER_SENT", "DOCUMENT_STORED", "HANDOFF_REMINDER_SENT", "HANDOFF_ANSWERED");
      assertThat(handoffTrail(aCase).get(2).details()).contains(letter.sha256(), asked.letterNumber());
    }

    @Test
    @DisplayName("a clerk records the agency's answer in Tasklist")
    void answerRecordedByClerk() {
      Case aCase = openCase("2026-12-03T09:00:00");
      askAs(HOLDER, aCase, "bbws-cc", "Banjir dari luapan Sungai Cisadane");
      String instance = handoffInstance(aCase);
      completeAs(HOLDER, task(instance, AgencyHandoff.ANSWER_TASK), Map.of(AgencyHandoff.AGENCY_ANSWER,
          "BBWS C-C akan menormalisasi tanggul, surat 12/2026"));

      assertThat(api.list(aCase.number().value(), clerkOf(HOLDER))).singleElement().satisfies(view -> {
        assertThat(view.state()).isEqualTo(Handoff.State.ANSWERED);
        assertThat(view.answer()).contains("menormalisasi tanggul");
        assertThat(view.reminders()).isZero();
      });
      assertThat(runtime.createProcessInstanceQuery().processInstanceId(aCase.caller()).count()).isZero();
    }
  }
}
