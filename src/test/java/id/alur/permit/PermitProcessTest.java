package id.alur.permit;

import static id.alur.JakartaTime.at;
import static id.alur.JakartaTime.clockAt;
import static id.alur.permit.PermitApplicationProcess.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alur.PdfText;
import id.alur.cases.CaseDocuments;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.NextStep;
import id.alur.cases.TrackingNumber;
import id.alur.citizen.CitizenResponses;
import id.alur.citizen.CitizenUploads;
import id.alur.handoff.AgencyHandoff;
import id.alur.sla.SlaClock;
import id.alur.sla.SlaClockWatch;
import id.alur.sla.SlaClocks;
import id.alur.web.ApiProblem;
import java.nio.charset.StandardCharsets;
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
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of {@code PermitApplicationProcess} in the running application on H2: applications are submitted as
 * the citizen API does, every task is completed through the form-checking task service as the clerk who owns it,
 * the technical review goes through the real hand-off, payments arrive as the callback delivers them, and time
 * passes by moving the engine's clock (timers run as jobs, SLA reminders and breaches by the clock watch).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "spring.datasource.url=jdbc:h2:mem:permit-process-test;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "alur.sla.watch-enabled=false",
    "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration"})
class PermitProcessTest {

  static final byte[] PDF = "%PDF-1.4\n% berkas uji\n".getBytes(StandardCharsets.US_ASCII);

  @Autowired PermitSubmissions submissions;
  @Autowired PermitStandards standards;
  @Autowired PermitNextSteps nextSteps;
  @Autowired PaymentCallbacks payments;
  @Autowired PermitCertificates certificates;
  @Autowired CitizenResponses responses;
  @Autowired CaseRegistry cases;
  @Autowired CaseDocuments documents;
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

  Case submit(String permitType, String when) {
    clockAt(when);
    PermitRequest request = new PermitRequest(permitType, "Siti Rahmawati", "3674015505900001",
        Optional.of("siti@example.id"), Optional.of("081234567890"), "Rumah tinggal dua lantai",
        "Jl. Pajajaran No. 12, Pamulang Barat, Pamulang");
    TrackingNumber number = submissions.submit(request, standards.of(permitType).orElseThrow(),
        List.of(new CitizenUploads.CheckedFile("ktp.pdf", CitizenUploads.FileType.PDF, PDF)), Optional.empty(), "x")
        .trackingNumber();
    return new Case(number, cases.get(number).processInstanceId().orElseThrow());
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

  void fileComplete(Case aCase) {
    complete(aCase, CHECK_COMPLETENESS, "clerk.dpmptsp", "dpmptsp", COMPLETENESS, COMPLETE);
  }

  void acceptedBy(Case aCase, String opd) {
    complete(aCase, AgencyHandoff.ACCEPT_TASK, "clerk." + opd, opd, AgencyHandoff.DECISION, AgencyHandoff.ACCEPT);
  }

  void reviewed(Case aCase, String opd, Object... variables) {
    Object[] all = new Object[variables.length + 2];
    all[0] = TECHNICAL_NOTES;
    all[1] = "Sesuai ketentuan teknis dan tata ruang";
    System.arraycopy(variables, 0, all, 2, variables.length);
    complete(aCase, TECHNICAL_REVIEW, "clerk." + opd, opd, all);
  }

  void approved(Case aCase) {
    complete(aCase, APPROVE, "head.dpmptsp", "dpmptsp-head", APPROVAL, APPROVE_DECISION, CONDITIONS,
        "Bangunan sesuai gambar rencana\nGaris sempadan 5 m");
  }

  CaseStatus status(Case aCase) {
    return cases.get(aCase.number()).status().code();
  }

  NextStep next(Case aCase) {
    return nextSteps.of(cases.get(aCase.number())).orElseThrow();
  }

  Optional<SlaClock> clock(Case aCase) {
    return clocks.ofProcessInstance(aCase.instance()).stream().filter(clock -> clock.name().equals(CLOCK)).findFirst();
  }

  void fireTimer(Case aCase, String activityId) {
    Job timer = management.createJobQuery().processInstanceId(aCase.instance()).activityId(activityId).timers()
        .singleResult();
    assertThat(timer).as("timer " + activityId).isNotNull();
    ClockUtil.setCurrentTime(timer.getDuedate());
    management.executeJob(timer.getId());
  }

  String endEvent(Case aCase) {
    assertThat(runtime.createProcessInstanceQuery().processInstanceId(aCase.instance()).count()).isZero();
    return history.createHistoricProcessInstanceQuery().processInstanceId(aCase.instance()).singleResult()
        .getEndActivityId();
  }

  List<String> trail(Case aCase) {
    return jdbc.sql("select action from audit_event where case_number = ? order by position")
        .param(aCase.number().value()).query(String.class).list();
  }

  @Test
  @DisplayName("PBG umum: complete file, DCKTR reviews and surveys, SKRD paid by callback, head approves: Terbit")
  void issuedAfterSurveyAndPayment() {
    Case aCase = submit("PBG_UMUM", "2026-11-02T09:00:00");
    assertThat(status(aCase)).isEqualTo(CaseStatus.DIAJUKAN);
    assertThat(clock(aCase)).as("no clock before the file is complete").isEmpty();
    assertThat(runtime.getVariable(aCase.instance(), SLA_BUDGET)).isEqualTo("28HK");

    fileComplete(aCase);
    assertThat(status(aCase)).isEqualTo(CaseStatus.VERIFIKASI_TEKNIS);
    assertThat(clock(aCase).orElseThrow().state()).isEqualTo(SlaClock.State.RUNNING);
    assertThat(next(aCase).code()).isEqualTo("WAIT");
    assertThat(next(aCase).dueAt()).isPresent();

    acceptedBy(aCase, "dcktr");
    assertThat(cases.get(aCase.number()).owningOpd()).isEqualTo("dcktr");
    reviewed(aCase, "dcktr", RECOMMENDATION, RECOMMEND);
    assertThat(status(aCase)).isEqualTo(CaseStatus.SURVEI_LAPANGAN);
    complete(aCase, FIELD_SURVEY, "clerk.dcktr", "dcktr", SITE_FINDINGS, "5 Nov 2026, tim DCKTR: bangunan sesuai KKPR",
        SITE_SUITABLE, "yes");
    assertThat(cases.get(aCase.number()).owningOpd()).as("back at the front office").isEqualTo("dpmptsp");

    complete(aCase, ASSESS_FEE, "clerk.dpmptsp", "dpmptsp", FEE_AMOUNT, 4_750_000L, FEE_BASIS,
        "Perda 1/2024 pasal 12: 150 m2 x indeks 1,0 x tarif");
    assertThat(status(aCase)).isEqualTo(CaseStatus.MENUNGGU_PEMBAYARAN);
    assertThat(clock(aCase).orElseThrow().state()).as("paying is the citizen's time").isEqualTo(SlaClock.State.PAUSED);
    String skrd = (String) runtime.getVariable(aCase.instance(), SKRD_NUMBER);
    assertThat(skrd).matches("SKRD-2026-\\d{6}");
    assertThat(next(aCase).code()).isEqualTo("PAY");
    assertThat(next(aCase).detail().orElseThrow()).contains(skrd, "Rp4.750.000");

    PaymentCallbacks.Receipt receipt = payments.receive(new PaymentNotice(skrd, 4_750_000L, "QRIS-0001", "QRIS"));
    assertThat(receipt.replayed()).isFalse();
    assertThat(payments.receive(new PaymentNotice(skrd, 4_750_000L, "QRIS-0001", "QRIS")).replayed())
        .as("the same notification again changes nothing").isTrue();
    assertThatThrownBy(() -> payments.receive(new PaymentNotice(skrd, 4_750_001L, "QRIS-0001", "QRIS")))
        .as("the same reference with another amount is no replay")
        .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT));
    assertThat(status(aCase)).isEqualTo(CaseStatus.MENUNGGU_PENETAPAN);
    assertThat(clock(aCase).orElseThrow().state()).isEqualTo(SlaClock.State.RUNNING);

    approved(aCase);
    assertThat(endEvent(aCase)).isEqualTo(END_ISSUED);
    assertThat(status(aCase)).isEqualTo(CaseStatus.TERBIT);
    assertThat(clock(aCase).orElseThrow().state()).isEqualTo(SlaClock.State.STOPPED);
    IssuedPermit permit = certificates.ofCase(aCase.number()).orElseThrow();
    assertThat(permit.number()).matches("PBG/\\d{6}/DPMPTSP/2026");
    assertThat(permit.content().conditions()).containsExactly("Bangunan sesuai gambar rencana", "Garis sempadan 5 m");
    assertThat(next(aCase).code()).isEqualTo("DOWNLOAD");
    assertThat(trail(aCase)).contains("PERMIT_SUBMITTED", "PERMIT_FILE_COMPLETE", "HANDOFF_ACCEPTED",
        "PERMIT_RECOMMENDED", "PERMIT_SITE_REPORTED", "PERMIT_SKRD_ISSUED", "PERMIT_PAID");
  }

  @Test
  @DisplayName("an incomplete file goes back with the missing items, no clock runs, and 10 HK later it is Dihentikan")
  void incompleteAndLapsed() {
    Case aCase = submit("REKLAME", "2026-11-02T09:00:00");
    assertThat(runtime.getVariable(aCase.instance(), REQUIRED_DOCUMENTS).toString())
        .contains("bukti lunas pajak reklame dari Bapenda");
    complete(aCase, CHECK_COMPLETENESS, "clerk.dpmptsp", "dpmptsp", COMPLETENESS, INCOMPLETE, MISSING_ITEMS,
        "Bukti lunas pajak reklame dari Bapenda belum dilampirkan");
    assertThat(status(aCase)).isEqualTo(CaseStatus.DIKEMBALIKAN);
    assertThat(clock(aCase)).isEmpty();
    NextStep next = next(aCase);
    assertThat(next.code()).isEqualTo("COMPLETE_FILE");
    assertThat(next.detail().orElseThrow()).contains("pajak reklame");
    // 10 HK from Monday 2 November 09:00 is Monday 16 November 09:00.
    assertThat(next.dueAt().orElseThrow().toInstant()).isEqualTo(at("2026-11-16T09:00:00"));

    fireTimer(aCase, COMPLETION_LAPSED);
    assertThat(endEvent(aCase)).isEqualTo(END_LAPSED);
    assertThat(status(aCase)).isEqualTo(CaseStatus.DIHENTIKAN);
    assertThat(next(aCase).code()).isEqualTo("NONE");
  }

  @Test
  @DisplayName("the citizen completes the file in time: the front office checks it again and the clock starts")
  void completedAfterReturn() {
    Case aCase = submit("SIP_NAKES", "2026-11-02T09:00:00");
    complete(aCase, CHECK_COMPLETENESS, "clerk.dpmptsp", "dpmptsp", COMPLETENESS, INCOMPLETE, MISSING_ITEMS,
        "STR belum dilampirkan");
    clockAt("2026-11-04T10:00:00");
    responses.respond(cases.get(aCase.number()), "STR terlampir",
        List.of(new CitizenUploads.CheckedFile("str.pdf", CitizenUploads.FileType.PDF, PDF)));
    assertThat(status(aCase)).isEqualTo(CaseStatus.DIAJUKAN);
    assertThat(runtime.getVariable(aCase.instance(), CITIZEN_RESPONSE)).isEqualTo("STR terlampir");
    assertThat(documents.ofCase(aCase.number())).extracting(document -> document.fileName())
        .containsExactly("berkas-" + aCase.number().value() + "-1.pdf", "jawaban-" + aCase.number().value() + "-2.pdf");
    assertThatThrownBy(() -> responses.respond(cases.get(aCase.number()), "lagi", List.of()))
        .as("nothing is asked now").isInstanceOfSatisfying(ApiProblem.class,
            problem -> assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT));
    fileComplete(aCase);
    assertThat(clock(aCase).orElseThrow().startedAt()).isEqualTo(at("2026-11-04T10:00:00"));
  }

  @Test
  @DisplayName("revise pauses the clock while the citizen revises; the revision resumes it and the reviewer looks again")
  void revised() {
    Case aCase = submit("SIP_NAKES", "2026-11-02T09:00:00");
    fileComplete(aCase);
    acceptedBy(aCase, "dinkes");
    clockAt("2026-11-03T09:00:00");
    reviewed(aCase, "dinkes", RECOMMENDATION, REVISE, REVISION_REQUEST, "Surat keterangan tempat praktik kedaluwarsa");
    assertThat(status(aCase)).isEqualTo(CaseStatus.PERBAIKAN);
    assertThat(clock(aCase).orElseThrow().state()).isEqualTo(SlaClock.State.PAUSED);
    assertThat(next(aCase).code()).isEqualTo("REVISE");
    assertThat(next(aCase).detail().orElseThrow()).contains("tempat praktik");

    clockAt("2026-11-10T09:00:00");
    responses.respond(cases.get(aCase.number()), "Surat baru terlampir",
        List.of(new CitizenUploads.CheckedFile("surat.pdf", CitizenUploads.FileType.PDF, PDF)));
    assertThat(status(aCase)).isEqualTo(CaseStatus.VERIFIKASI_TEKNIS);
    SlaClock resumed = clock(aCase).orElseThrow();
    assertThat(resumed.state()).isEqualTo(SlaClock.State.RUNNING);
    // One of five HK was used before the pause: four are left from 10 November 09:00.
    assertThat(resumed.dueAt().orElseThrow()).isEqualTo(at("2026-11-16T09:00:00"));
    assertThat(task(aCase, TECHNICAL_REVIEW)).isNotNull();
  }

  @Test
  @DisplayName("a revision not sent within 10 HK closes the application as Dihentikan")
  void revisionLapsed() {
    Case aCase = submit("SIP_NAKES", "2026-11-02T09:00:00");
    fileComplete(aCase);
    acceptedBy(aCase, "dinkes");
    reviewed(aCase, "dinkes", RECOMMENDATION, REVISE, REVISION_REQUEST, "Lampirkan STR yang masih berlaku");
    fireTimer(aCase, REVISION_LAPSED);
    assertThat(endEvent(aCase)).isEqualTo(END_LAPSED);
    assertThat(status(aCase)).isEqualTo(CaseStatus.DIHENTIKAN);
    assertThat(clock(aCase).orElseThrow().state()).isEqualTo(SlaClock.State.STOPPED);
  }

  @Test
  @DisplayName("the technical OPD rejects with a reason the citizen reads: Ditolak")
  void rejectedOnReview() {
    Case aCase = submit("REKLAME", "2026-11-02T09:00:00");
    fileComplete(aCase);
    acceptedBy(aCase, "dcktr");
    reviewed(aCase, "dcktr", RECOMMENDATION, REJECT, REJECTION_REASON, "Lokasi di ruang milik jalan, dilarang");
    assertThat(endEvent(aCase)).isEqualTo(END_REJECTED);
    assertThat(status(aCase)).isEqualTo(CaseStatus.DITOLAK);
    assertThat(next(aCase).detail().orElseThrow()).contains("ruang milik jalan");
    assertThat(clock(aCase).orElseThrow().state()).isEqualTo(SlaClock.State.STOPPED);
    assertThat(certificates.ofCase(aCase.number())).isEmpty();
  }

  @Test
  @DisplayName("a site that does not match the application is rejected on the site report")
  void rejectedOnSurvey() {
    Case aCase = submit("PBG_UMUM", "2026-11-02T09:00:00");
    fileComplete(aCase);
    acceptedBy(aCase, "dcktr");
    reviewed(aCase, "dcktr", RECOMMENDATION, RECOMMEND);
    complete(aCase, FIELD_SURVEY, "clerk.dcktr", "dcktr", SITE_FINDINGS, "Bangunan sudah berdiri tiga lantai",
        SITE_SUITABLE, "no", REJECTION_REASON, "Bangunan di lokasi tidak sesuai gambar yang diajukan");
    assertThat(endEvent(aCase)).isEqualTo(END_REJECTED);
    assertThat(status(aCase)).isEqualTo(CaseStatus.DITOLAK);
  }

  @Test
  @DisplayName("PBG for an MBR house: no survey, the fee is waived, the head approves: Terbit without an SKRD")
  void feeWaived() {
    Case aCase = submit("PBG_MBR", "2026-11-02T09:00:00");
    fileComplete(aCase);
    acceptedBy(aCase, "dcktr");
    reviewed(aCase, "dcktr", RECOMMENDATION, RECOMMEND);
    assertThat(status(aCase)).isEqualTo(CaseStatus.MENUNGGU_PENETAPAN);
    assertThat(tasks.createTaskQuery().processInstanceId(aCase.instance()).taskDefinitionKey(ASSESS_FEE).count())
        .isZero();
    approved(aCase);
    assertThat(endEvent(aCase)).isEqualTo(END_ISSUED);
    assertThat(jdbc.sql("select count(*) from permit_payment where tracking_number = ?")
        .param(aCase.number().value()).query(Integer.class).single()).isZero();
  }

  @Test
  @DisplayName("an SKRD left unpaid expires: Dihentikan, and a late payment is refused without changing the case")
  void paymentExpired() {
    Case aCase = submit("PBG_UMUM", "2026-11-02T09:00:00");
    fileComplete(aCase);
    acceptedBy(aCase, "dcktr");
    reviewed(aCase, "dcktr", RECOMMENDATION, RECOMMEND);
    complete(aCase, FIELD_SURVEY, "clerk.dcktr", "dcktr", SITE_FINDINGS, "Sesuai gambar rencana", SITE_SUITABLE, "yes");
    clockAt("2026-11-04T10:00:00");
    complete(aCase, ASSESS_FEE, "clerk.dpmptsp", "dpmptsp", FEE_AMOUNT, 1_000_000L, FEE_BASIS, "Perda 1/2024");
    String skrd = (String) runtime.getVariable(aCase.instance(), SKRD_NUMBER);
    assertThat(next(aCase).dueAt().orElseThrow().toInstant()).as("alur.permit.payment-period P7D")
        .isEqualTo(at("2026-11-11T10:00:00"));
    assertThatThrownBy(() -> payments.receive(new PaymentNotice(skrd, 999_999L, "VA-1", "VA")))
        .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT));
    assertThat(status(aCase)).as("a wrong amount changes nothing").isEqualTo(CaseStatus.MENUNGGU_PEMBAYARAN);

    clockAt("2026-11-11T10:00:01");
    assertThatThrownBy(() -> payments.receive(new PaymentNotice(skrd, 1_000_000L, "VA-1", "VA")))
        .as("past its expiry, before the timer has run").isInstanceOfSatisfying(ApiProblem.class,
            problem -> assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT));
    assertThat(status(aCase)).isEqualTo(CaseStatus.MENUNGGU_PEMBAYARAN);

    fireTimer(aCase, PAYMENT_EXPIRED);
    assertThat(endEvent(aCase)).isEqualTo(END_PAYMENT_EXPIRED);
    assertThat(status(aCase)).isEqualTo(CaseStatus.DIHENTIKAN);
    assertThatThrownBy(() -> payments.receive(new PaymentNotice(skrd, 1_000_000L, "VA-2", "VA")))
        .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.status()).isEqualTo(HttpStatus.CONFLICT));
    assertThat(jdbc.sql("select state from permit_payment where skrd_number = ?").param(skrd).query(String.class)
        .single()).isEqualTo("EXPIRED");
  }

  @Test
  @DisplayName("fiktif positif: at 75% Dinkes' head is reminded; at 100% across Christmas the permit issues itself")
  void deemedGranted() {
    // SIP 5 HK, complete Tuesday 22 December 09:00: 24 (cuti bersama) and 25 (Natal) do not count, so it is due
    // Thursday 31 December 09:00.
    Case aCase = submit("SIP_NAKES", "2026-12-22T08:00:00");
    clockAt("2026-12-22T09:00:00");
    fileComplete(aCase);
    acceptedBy(aCase, "dinkes");
    assertThat(clock(aCase).orElseThrow().dueAt().orElseThrow()).isEqualTo(at("2026-12-31T09:00:00"));

    clockAt("2026-12-29T16:00:00");
    watch.deliverDue();
    Task reminder = task(aCase, SLA_REMINDER);
    assertThat(tasks.getIdentityLinksForTask(reminder.getId())).extracting(link -> link.getGroupId())
        .contains("dinkes-head");
    assertThat(task(aCase, TECHNICAL_REVIEW)).as("the reminder does not take the review away").isNotNull();
    complete(aCase, SLA_REMINDER, "head.dinkes", "dinkes-head", REMINDER_ACTION,
        "Verifikator diminta menyelesaikan hari ini");

    clockAt("2026-12-30T16:00:00");
    watch.deliverDue();
    assertThat(status(aCase)).as("not yet due").isEqualTo(CaseStatus.VERIFIKASI_TEKNIS);
    clockAt("2026-12-31T09:00:00");
    watch.deliverDue();
    endEvent(aCase);
    assertThat(history.createHistoricActivityInstanceQuery().processInstanceId(aCase.instance())
        .activityId(END_DEEMED_GRANTED).count()).as("ended in the fiktif positif subprocess").isEqualTo(1);
    assertThat(status(aCase)).isEqualTo(CaseStatus.DIANGGAP_DIKABULKAN);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(aCase.number().value()).count())
        .as("no task is left open").isZero();
    IssuedPermit permit = certificates.ofCase(aCase.number()).orElseThrow();
    assertThat(permit.number()).matches("SIP/\\d{6}/DPMPTSP/2026");
    assertThat(permit.content().deemedGranted()).isTrue();
    assertThat(jdbc.sql("select breached_opd from permit_application where tracking_number = ?")
        .param(aCase.number().value()).query(String.class).single()).isEqualTo("dinkes");
    assertThat(trail(aCase)).contains("PERMIT_SLA_REMINDER", "PERMIT_SLA_REMINDER_HANDLED", "SLA_BREACH",
        "PERMIT_DEEMED_GRANTED");
    String pdf = PdfText.text(documents.content(documents.find(aCase.number(), permit.documentId()).orElseThrow()));
    assertThat(pdf).contains("Dianggap dikabulkan");
  }

  @Test
  @DisplayName("a reminder still open when the permit is issued ends with the case")
  void reminderEndsWithTheCase() {
    Case aCase = submit("SIP_NAKES", "2026-11-02T08:00:00");
    clockAt("2026-11-02T09:00:00");
    fileComplete(aCase);
    acceptedBy(aCase, "dinkes");
    clockAt("2026-11-05T16:00:00");
    watch.deliverDue();
    assertThat(task(aCase, SLA_REMINDER)).isNotNull();
    reviewed(aCase, "dinkes", RECOMMENDATION, RECOMMEND);
    approved(aCase);
    assertThat(endEvent(aCase)).isEqualTo(END_ISSUED);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(aCase.number().value()).count())
        .as("the head's reminder is gone with the case").isZero();
    assertThat(status(aCase)).isEqualTo(CaseStatus.TERBIT);
  }

  @Test
  @DisplayName("fiktif positif while the technical OPD has not accepted: the hand-off is withdrawn, DPMPTSP breached")
  void deemedGrantedBeforeAcceptance() {
    Case aCase = submit("SIP_NAKES", "2026-11-02T08:00:00");
    clockAt("2026-11-02T09:00:00");
    fileComplete(aCase);
    assertThat(task(aCase, AgencyHandoff.ACCEPT_TASK)).isNotNull();
    clockAt("2026-11-09T09:00:00");
    watch.deliverDue();
    watch.deliverDue();
    assertThat(status(aCase)).isEqualTo(CaseStatus.DIANGGAP_DIKABULKAN);
    assertThat(tasks.createTaskQuery().processInstanceBusinessKey(aCase.number().value()).count()).isZero();
    assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(aCase.number().value()).count())
        .as("the hand-off's instance ended with the case").isZero();
    assertThat(jdbc.sql("select state from handoff where tracking_number = ?").param(aCase.number().value())
        .query(String.class).list()).containsExactly("WITHDRAWN");
    assertThat(jdbc.sql("select breached_opd from permit_application where tracking_number = ?")
        .param(aCase.number().value()).query(String.class).single()).isEqualTo("dpmptsp");
    assertThat(trail(aCase)).contains("HANDOFF_WITHDRAWN", "PERMIT_DEEMED_GRANTED");
  }

  @Test
  @DisplayName("the head of DPMPTSP rejects after review: Ditolak with the head's reason")
  void rejectedByHead() {
    Case aCase = submit("SIP_NAKES", "2026-11-02T09:00:00");
    fileComplete(aCase);
    acceptedBy(aCase, "dinkes");
    reviewed(aCase, "dinkes", RECOMMENDATION, RECOMMEND);
    complete(aCase, APPROVE, "head.dpmptsp", "dpmptsp-head", APPROVAL, REJECT, REJECTION_REASON,
        "Tempat praktik melebihi batas tiga lokasi");
    assertThat(endEvent(aCase)).isEqualTo(END_REJECTED);
    assertThat(next(aCase).detail().orElseThrow()).contains("tiga lokasi");
  }

  @Test
  @DisplayName("the technical OPD returns the review; the front office names another; on this third move Sekda decides")
  void reviewRedirected() {
    Case aCase = submit("SIP_NAKES", "2026-11-02T09:00:00");
    fileComplete(aCase);
    complete(aCase, AgencyHandoff.ACCEPT_TASK, "clerk.dinkes", "dinkes", AgencyHandoff.DECISION, AgencyHandoff.RETURN,
        AgencyHandoff.RETURN_REASON, "Praktik pekerja sosial dibina Dinas Sosial menurut perwal");
    Task redirect = task(aCase, REDIRECT_REVIEW);
    assertThat(runtime.getVariable(aCase.instance(), "handoffReturnReason").toString()).contains("Dinas Sosial");
    assertThat(redirect).isNotNull();
    complete(aCase, REDIRECT_REVIEW, "clerk.dpmptsp", "dpmptsp", AgencyHandoff.TARGET, "dinsos",
        AgencyHandoff.REASON, "Dikembalikan Dinkes: mohon verifikasi teknis praktik pekerja sosial");
    // Request, return, request again: the third move goes to Sekda, whose decision is final.
    complete(aCase, AgencyHandoff.ARBITRATE_TASK, "clerk.setda", "setda", AgencyHandoff.ARBITRATION_OWNER, "dinsos",
        AgencyHandoff.ARBITRATION_REASON, "Perwal 12/2025: praktik pekerja sosial dibina Dinas Sosial");
    assertThat(runtime.getVariable(aCase.instance(), REVIEWER)).isEqualTo("dinsos");
    reviewed(aCase, "dinsos", RECOMMENDATION, RECOMMEND);
    assertThat(task(aCase, APPROVE)).isNotNull();
    assertThat(cases.get(aCase.number()).owningOpd()).isEqualTo("dpmptsp");
  }
}
