package id.alur.complaint;

import static id.alur.JakartaTime.at;
import static id.alur.JakartaTime.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.TrackingNumber;
import id.alur.citizen.CitizenResponses;
import id.alur.complaint.Complaint.Complainant;
import id.alur.handoff.AgencyHandoff;
import id.alur.sla.SlaClock;
import id.alur.sla.SlaClockWatch;
import id.alur.sla.SlaClocks;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of {@code ComplaintHandlingProcess} and every rung of its escalation ladder, in the running application
 * on H2: tasks are completed through the form-checking task service as the people who own them (the coordinator, the
 * OPD's clerk and head, Sekda's monitoring room, Inspektorat), the citizen's answers arrive as the public API delivers
 * them, and time passes by moving the engine's clock (across Christmas 2026) with timers run as jobs and SLA breaches
 * delivered by the clock watch. (The same configuration as PermitProcessTest: one running application for both.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "spring.datasource.url=jdbc:h2:mem:permit-process-test;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "alur.sla.watch-enabled=false",
    "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration"})
class ComplaintProcessTest {

  @Autowired ComplaintRecords records;
  @Autowired ComplaintRoutes routes;
  @Autowired CaseRegistry cases;
  @Autowired CitizenResponses responses;
  @Autowired SlaClocks clocks;
  @Autowired SlaClockWatch watch;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired ManagementService management;
  @Autowired HistoryService history;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  record Case(TrackingNumber number, String instance) {
  }

  /** A complaint as the citizen API opens one. */
  Case submit(String category, String roadStatus, boolean anonymous, String when) {
    clockAt(when);
    TrackingNumber number = cases.open(ComplaintHandlingProcess.CASE_PREFIX, ComplaintHandlingProcess.COORDINATOR_OPD,
        CaseStatus.DITERIMA);
    ComplaintRoutes.Route route = routes.propose(new ComplaintRoutes.Subject(category, Optional.ofNullable(roadStatus),
        false, "kec-pamulang")).orElseThrow();
    records.insert(new Complaint(number.value(), category, "Sampah menumpuk di pinggir jalan sejak dua minggu",
        "kec-pamulang", "Pondok Cabe Udik", Optional.of(-6.3425), Optional.of(106.7378), Optional.ofNullable(roadStatus),
        false, anonymous, false, new Complainant("Rina Wulandari", Optional.empty(), Optional.of("081299998888"),
            Optional.empty()), route.opd(), route.externalAgency(), ComplaintAction.WAIT, Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0, OffsetDateTime.now()));
    Map<String, Object> variables = new HashMap<>();
    variables.put(TrackingNumber.VARIABLE, number.value());
    variables.put(ComplaintHandlingProcess.CATEGORY, category);
    variables.put(ComplaintHandlingProcess.PROPOSED_OPD, route.opd());
    route.externalAgency().ifPresent(agency -> variables.put(ComplaintHandlingProcess.PROPOSED_EXTERNAL, agency));
    String instance = runtime.startProcessInstanceByKey(ComplaintHandlingProcess.KEY, number.value(), variables).getId();
    cases.linkProcessInstance(number, instance);
    return new Case(number, instance);
  }

  Case submit(String when) {
    return submit("sampah", null, false, when);
  }

  Task task(Case aCase, String key) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(aCase.number().value()).taskDefinitionKey(key)
        .singleResult();
    assertThat(task).as("open task " + key).isNotNull();
    return task;
  }

  void complete(Case aCase, String key, String userId, String group, Object... variables) {
    Task task = task(aCase, key);
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < variables.length; i += 2) {
      values.put((String) variables[i], variables[i + 1]);
    }
    identity.setAuthentication(userId, List.of(group));
    try {
      tasks.complete(task.getId(), values);
    } finally {
      identity.clearAuthentication();
    }
  }

  void verify(Case aCase, Object... variables) {
    complete(aCase, "UserTask_Verify", "coordinator", "coordinator", variables);
  }

  void dispatch(Case aCase, String opd, String tier) {
    verify(aCase, "verification", "dispatch", "dispatchOpd", opd, "tier", tier);
  }

  void answered(Case aCase, String opd) {
    complete(aCase, "UserTask_Answer", "clerk." + opd, opd, "answer",
        "Sampah sudah diangkut dan TPS liar ditutup pada 10 Desember");
    complete(aCase, "UserTask_ApproveAnswer", "head." + opd, opd + "-head", "answerApproval", "approve");
    complete(aCase, "UserTask_CrossCheck", "coordinator", "coordinator", "crossCheck", "accept");
  }

  void citizenSays(Case aCase, String decision, Integer rating, String comment) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(ComplaintHandlingProcess.CLOSURE_DECISION, decision);
    variables.put(ComplaintHandlingProcess.RATING, rating);
    variables.put(ComplaintHandlingProcess.RATING_COMMENT, comment);
    runtime.createMessageCorrelation(ComplaintHandlingProcess.CLOSURE_MESSAGE).processInstanceId(aCase.instance())
        .setVariables(variables).correlateWithResult();
  }

  CaseStatus status(Case aCase) {
    return cases.get(aCase.number()).status().code();
  }

  Optional<SlaClock> clock(Case aCase, String name) {
    return clocks.ofProcessInstance(aCase.instance()).stream()
        .filter(clock -> clock.name().equals(name) && clock.state() != SlaClock.State.STOPPED).findFirst();
  }

  void fireTimer(Case aCase, String activityId) {
    Job timer = management.createJobQuery().processInstanceId(aCase.instance()).activityId(activityId).timers()
        .singleResult();
    assertThat(timer).as("timer " + activityId).isNotNull();
    ClockUtil.setCurrentTime(timer.getDuedate());
    management.executeJob(timer.getId());
  }

  boolean ended(Case aCase) {
    return runtime.createProcessInstanceQuery().processInstanceId(aCase.instance()).count() == 0;
  }

  long openTasks(Case aCase) {
    return tasks.createTaskQuery().processInstanceBusinessKey(aCase.number().value()).count();
  }

  List<String> trail(Case aCase) {
    return jdbc.sql("select action from audit_event where case_number = ? order by position")
        .param(aCase.number().value()).query(String.class).list();
  }

  @Test
  @DisplayName("verified and dispatched, answered, approved, cross-checked; reopened once, then confirmed with 4 stars")
  void answeredReopenedAndRated() {
    Case aCase = submit("2026-11-02T09:00:00");
    assertThat(runtime.getVariable(aCase.instance(), ComplaintHandlingProcess.PROPOSED_OPD)).isEqualTo("dlh");
    assertThat(clock(aCase, "Verification").orElseThrow().dueAt().orElseThrow()).isEqualTo(at("2026-11-05T09:00:00"));
    assertThat(clock(aCase, "Verification").orElseThrow().trackingNumber())
        .as("the clock knows its case though it started before the case was linked").contains(aCase.number().value());
    assertThat(runtime.getVariable(aCase.instance(), ComplaintHandlingProcess.COMPLAINT_SUMMARY).toString())
        .contains("Rina Wulandari", "Pondok Cabe Udik").doesNotContain("081299998888");

    dispatch(aCase, "dlh", "NORMATIF");
    assertThat(status(aCase)).isEqualTo(CaseStatus.DIDISPOSISIKAN);
    assertThat(cases.get(aCase.number()).owningOpd()).isEqualTo("dlh");
    assertThat(clock(aCase, "Verification")).isEmpty();
    assertThat(clock(aCase, "FirstResponse")).isPresent();
    assertThat(clock(aCase, "Resolution").orElseThrow().budget().toString()).isEqualTo("5HK");

    complete(aCase, "UserTask_FirstResponse", "clerk.dlh", "dlh", "firstResponse",
        "Petugas kebersihan dijadwalkan mengangkut sampah besok");
    assertThat(status(aCase)).isEqualTo(CaseStatus.DITINDAKLANJUTI);
    assertThat(clock(aCase, "FirstResponse")).isEmpty();
    complete(aCase, "UserTask_Answer", "clerk.dlh", "dlh", "answer", "Sudah diangkut, mohon dicek kembali");
    complete(aCase, "UserTask_ApproveAnswer", "head.dlh", "dlh-head", "answerApproval", "return",
        "headNote", "Sebutkan tanggal pengangkutan dan tindak lanjut TPS liar");
    complete(aCase, "UserTask_Answer", "clerk.dlh", "dlh", "answer", "Diangkut 10 Desember; TPS liar ditutup");
    complete(aCase, "UserTask_ApproveAnswer", "head.dlh", "dlh-head", "answerApproval", "approve");
    complete(aCase, "UserTask_CrossCheck", "coordinator", "coordinator", "crossCheck", "send_back",
        "crossCheckNote", "Lampirkan foto sesudah pengangkutan");
    answered(aCase, "dlh");
    assertThat(status(aCase)).isEqualTo(CaseStatus.MENUNGGU_TANGGAPAN_PELAPOR);
    assertThat(records.get(aCase.number().value()).citizenAction()).isEqualTo(ComplaintAction.CONFIRM);

    citizenSays(aCase, "reopen", null, "Sampah menumpuk lagi dua hari kemudian");
    assertThat(status(aCase)).isEqualTo(CaseStatus.DIBUKA_KEMBALI);
    assertThat(task(aCase, "UserTask_Answer").getName()).isNotBlank();
    assertThat(tasks.getIdentityLinksForTask(task(aCase, "UserTask_Answer").getId()))
        .extracting(link -> link.getGroupId()).as("back to the same OPD").contains("dlh");
    assertThat(clock(aCase, "Resolution")).as("the tier's time again").isPresent();
    answered(aCase, "dlh");
    citizenSays(aCase, "confirm", 4, "Terima kasih, sudah bersih");
    assertThat(ended(aCase)).isTrue();
    assertThat(status(aCase)).isEqualTo(CaseStatus.SELESAI);
    Complaint closed = records.get(aCase.number().value());
    assertThat(closed.rating()).contains(4);
    assertThat(closed.reopenCount()).isEqualTo(1);
    assertThat(trail(aCase)).contains("COMPLAINT_DISPATCHED", "COMPLAINT_FIRST_RESPONSE", "COMPLAINT_ANSWER_RETURNED",
        "COMPLAINT_ANSWER_SENT_BACK", "COMPLAINT_REOPENED", "COMPLAINT_CLOSED");
  }

  @Test
  @DisplayName("after two reopenings the citizen can only confirm; silence for 10 HK closes a complaint as Selesai")
  void reopenLimitAndSilence() {
    Case aCase = submit("2026-11-02T09:00:00");
    dispatch(aCase, "dlh", "RINGAN");
    complete(aCase, "UserTask_FirstResponse", "clerk.dlh", "dlh", "firstResponse", "Kami tindak lanjuti minggu ini");
    answered(aCase, "dlh");
    citizenSays(aCase, "reopen", null, "Belum beres juga sampai sekarang");
    answered(aCase, "dlh");
    citizenSays(aCase, "reopen", null, "Masih ada sampah di sisi utara");
    answered(aCase, "dlh");
    assertThat(runtime.getVariable(aCase.instance(), ComplaintHandlingProcess.REOPEN_ALLOWED)).isEqualTo(false);
    citizenSays(aCase, "reopen", null, "Saya tetap tidak puas dengan jawaban ini");
    assertThat(ended(aCase)).as("a third reopening is not one").isTrue();
    assertThat(records.get(aCase.number().value()).reopenCount()).isEqualTo(2);

    Case silent = submit("2026-11-02T09:00:00");
    dispatch(silent, "dlh", "RINGAN");
    complete(silent, "UserTask_FirstResponse", "clerk.dlh", "dlh", "firstResponse", "Kami tindak lanjuti minggu ini");
    answered(silent, "dlh");
    fireTimer(silent, "TimerEvent_ClosureSilence");
    assertThat(ended(silent)).isTrue();
    assertThat(status(silent)).isEqualTo(CaseStatus.SELESAI);
  }

  @Test
  @DisplayName("the coordinator asks for information (clock paused): answered it goes on, unanswered for 10 HK it is archived")
  void askForInformation() {
    Case aCase = submit("2026-11-02T09:00:00");
    verify(aCase, "verification", "ask", "infoRequest", "Di RT/RW berapa tepatnya tumpukan sampah itu?");
    assertThat(status(aCase)).isEqualTo(CaseStatus.DITUNDA);
    assertThat(clock(aCase, "Verification").orElseThrow().state()).isEqualTo(SlaClock.State.PAUSED);
    assertThat(records.get(aCase.number().value()).citizenAction()).isEqualTo(ComplaintAction.PROVIDE_INFO);
    responses.respond(cases.get(aCase.number()), "RT 03 RW 05, dekat musala", List.of());
    assertThat(status(aCase)).isEqualTo(CaseStatus.DITERIMA);
    assertThat(clock(aCase, "Verification").orElseThrow().state()).isEqualTo(SlaClock.State.RUNNING);
    assertThat(task(aCase, "UserTask_Verify")).isNotNull();

    Case unanswered = submit("2026-11-02T09:00:00");
    verify(unanswered, "verification", "ask", "infoRequest", "Mohon kirim foto lokasi tumpukan sampah");
    fireTimer(unanswered, "TimerEvent_InfoLapsed");
    assertThat(ended(unanswered)).isTrue();
    assertThat(status(unanswered)).isEqualTo(CaseStatus.DIARSIPKAN);
  }

  @Test
  @DisplayName("archived with a reason the citizen reads")
  void archived() {
    Case aCase = submit("2026-11-02T09:00:00");
    verify(aCase, "verification", "archive", "archiveReason", "Laporan ganda dari ADU yang sudah ditangani");
    assertThat(ended(aCase)).isTrue();
    assertThat(status(aCase)).isEqualTo(CaseStatus.DIARSIPKAN);
    assertThat(records.get(aCase.number().value()).citizenRequest()).contains("Laporan ganda dari ADU yang sudah ditangani");
    assertThat(clocks.ofProcessInstance(aCase.instance())).allMatch(clock -> clock.state() == SlaClock.State.STOPPED);
  }

  @Test
  @DisplayName("a provincial road: the table proposes DPUPR Banten, the coordinator hands it outside, the case is Dialihkan")
  void notTheCitysMatter() {
    Case aCase = submit("jalan", "provincial", false, "2026-11-02T09:00:00");
    assertThat(runtime.getVariable(aCase.instance(), ComplaintHandlingProcess.PROPOSED_EXTERNAL)).isEqualTo("dpupr-banten");
    verify(aCase, "verification", "outside", "handoffTarget", "dpupr-banten",
        "handoffReason", "Jl. Raya Pamulang adalah ruas jalan provinsi");
    assertThat(status(aCase)).isEqualTo(CaseStatus.DIALIHKAN);
    assertThat(clock(aCase, "Verification")).isEmpty();
    assertThat(ended(aCase)).as("the link stays: the hand-off waits for the agency's answer").isFalse();
    assertThat(trail(aCase)).contains("HANDOFF_LETTER_SENT", "HANDOFF_CLOSED_AS_DIALIHKAN");
  }

  @Test
  @DisplayName("wrong OPD: DLH hands it to DSDABMBK, which accepts and works it on clocks of its own")
  void wrongOpd() {
    Case aCase = submit("2026-11-02T09:00:00");
    dispatch(aCase, "dlh", "NORMATIF");
    clockAt("2026-11-03T09:00:00");
    // As HandoffApi does when DLH's clerk asks (POST /api/cases/{n}/handoffs).
    runtime.createMessageCorrelation(AgencyHandoff.REQUESTED_MESSAGE).processInstanceId(aCase.instance())
        .setVariable(AgencyHandoff.TARGET, "dsdabmbk")
        .setVariable(AgencyHandoff.REASON, "Sampah menyumbat saluran: pemeliharaan drainase")
        .setVariable(AgencyHandoff.LEGAL_BASIS, null)
        .correlateWithResult();
    complete(aCase, AgencyHandoff.ACCEPT_TASK, "clerk.dsdabmbk", "dsdabmbk", AgencyHandoff.DECISION, AgencyHandoff.ACCEPT);
    assertThat(cases.get(aCase.number()).owningOpd()).isEqualTo("dsdabmbk");
    assertThat(runtime.getVariable(aCase.instance(), ComplaintHandlingProcess.OPD)).isEqualTo("dsdabmbk");
    assertThat(clock(aCase, "FirstResponse").orElseThrow().opd()).isEqualTo("dsdabmbk");
    assertThat(clock(aCase, "FirstResponse").orElseThrow().startedAt()).isEqualTo(at("2026-11-03T09:00:00"));
    assertThat(tasks.getIdentityLinksForTask(task(aCase, "UserTask_FirstResponse").getId()))
        .extracting(link -> link.getGroupId()).contains("dsdabmbk");
  }

  @Test
  @DisplayName("the ladder across Christmas: tier missed -> Kadis and Sekda, first response missed -> head, 60 HK -> Inspektorat and Ombudsman; the OPD's task stays")
  void escalationLadder() {
    Case aCase = submit("2026-12-21T08:00:00");
    clockAt("2026-12-21T09:00:00");
    dispatch(aCase, "dlh", "RINGAN");
    // Ringan 2 HK from Monday 21 December 09:00: Wednesday 23 December 09:00.
    assertThat(clock(aCase, "Resolution").orElseThrow().dueAt().orElseThrow()).isEqualTo(at("2026-12-23T09:00:00"));
    // 5 HK skip the cuti bersama of 24 December and Natal: Wednesday 30 December 09:00.
    assertThat(clock(aCase, "FirstResponse").orElseThrow().dueAt().orElseThrow()).isEqualTo(at("2026-12-30T09:00:00"));

    clockAt("2026-12-23T09:00:00");
    watch.deliverDue();
    assertThat(task(aCase, "UserTask_EscalationKadis")).isNotNull();
    Task sekda = task(aCase, "UserTask_EscalationSekda");
    assertThat(tasks.getIdentityLinksForTask(sekda.getId())).extracting(link -> link.getGroupId()).contains("setda");
    assertThat(task(aCase, "UserTask_FirstResponse")).as("the OPD's task stays").isNotNull();
    complete(aCase, "UserTask_EscalationSekda", "clerk.setda", "setda", "escalationAction",
        "Ruang pantau menelepon Kabid Kebersihan DLH");

    clockAt("2026-12-29T16:00:00");
    watch.deliverDue();
    assertThat(tasks.createTaskQuery().processInstanceId(aCase.instance())
        .taskDefinitionKey("UserTask_FirstResponseOverdue").count()).as("not yet: the holidays do not count").isZero();
    clockAt("2026-12-30T09:00:00");
    watch.deliverDue();
    Task reminder = task(aCase, "UserTask_FirstResponseOverdue");
    assertThat(tasks.getIdentityLinksForTask(reminder.getId())).extracting(link -> link.getGroupId())
        .contains("dlh-head");
    complete(aCase, "UserTask_FirstResponseOverdue", "head.dlh", "dlh-head", "escalationAction",
        "Kabid diminta menanggapi hari ini");
    assertThat(task(aCase, "UserTask_FirstResponse")).isNotNull();

    ClockUtil.setCurrentTime(java.util.Date.from(clock(aCase, "OmbudsmanWindow").orElseThrow().dueAt().orElseThrow()));
    watch.deliverDue();
    Task inspektorat = task(aCase, "UserTask_InspektoratReview");
    assertThat(tasks.getIdentityLinksForTask(inspektorat.getId())).extracting(link -> link.getGroupId())
        .contains("inspektorat");
    assertThat(records.get(aCase.number().value()).citizenRequest().orElseThrow()).contains("Ombudsman RI Perwakilan Banten");
    assertThat(task(aCase, "UserTask_FirstResponse")).isNotNull();
    assertThat(trail(aCase)).contains("COMPLAINT_ESCALATED", "COMPLAINT_ESCALATION_HANDLED",
        "COMPLAINT_FIRST_RESPONSE_OVERDUE", "COMPLAINT_OMBUDSMAN_NOTICE");

    complete(aCase, "UserTask_FirstResponse", "clerk.dlh", "dlh", "firstResponse", "Maaf terlambat, kami tangani besok");
    answered(aCase, "dlh");
    citizenSays(aCase, "confirm", 2, "Terlalu lama");
    assertThat(ended(aCase)).isTrue();
    assertThat(openTasks(aCase)).as("escalation tasks end with the case").isZero();
  }

  @Test
  @DisplayName("berkadar pengawasan goes to Inspektorat with 60 HK, whatever OPD was chosen")
  void oversightToInspektorat() {
    Case aCase = submit("pungli_asn", null, true, "2026-11-02T09:00:00");
    assertThat(runtime.getVariable(aCase.instance(), ComplaintHandlingProcess.COMPLAINT_SUMMARY).toString())
        .as("anonymous: no name for the OPD's staff").doesNotContain("Rina Wulandari").contains("Anonim");
    dispatch(aCase, "disdukcapil", "BERKADAR_PENGAWASAN");
    assertThat(cases.get(aCase.number()).owningOpd()).isEqualTo("inspektorat");
    assertThat(clock(aCase, "Resolution").orElseThrow().budget().toString()).isEqualTo("60HK");
    assertThat(task(aCase, "UserTask_FirstResponse")).isNotNull();
  }
}
