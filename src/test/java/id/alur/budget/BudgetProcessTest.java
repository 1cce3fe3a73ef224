package id.alur.budget;

import static id.alur.JakartaTime.at;
import static id.alur.JakartaTime.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.TrackingNumber;
import id.alur.sla.SlaClock;
import id.alur.sla.SlaClocks;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every path of {@code BudgetRequestProcess} and every row of {@code BudgetShiftAuthority}, in the running application
 * on H2: requests are filed as the staff API files them, tasks are completed through the form-checking task service
 * as the people who own them, and time passes by moving the engine's clock. (The same configuration as
 * PermitProcessTest: one running application for both.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "spring.datasource.url=jdbc:h2:mem:permit-process-test;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "alur.sla.watch-enabled=false",
    "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration"})
class BudgetProcessTest {

  static final String KECAMATAN = "kec-pamulang";
  static final String SUB_KEGIATAN = "7.01.01.2.01.0001";
  static final String ATK = "5.1.02.01.01.0024";
  static final String PC_REPAIR = "5.1.02.03.02.0405";

  @Autowired BudgetSubmissions submissions;
  @Autowired BudgetRequests requests;
  @Autowired CaseRegistry cases;
  @Autowired SlaClocks clocks;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired IdentityService identity;
  @Autowired JdbcClient jdbc;

  @AfterEach
  void realTime() {
    ClockUtil.reset();
    identity.clearAuthentication();
  }

  record Case(TrackingNumber number, String instance) {
  }

  Case file(String when, String fields) {
    clockAt(when);
    NewBudgetRequest request = NewBudgetRequest.parse("""
        {"opd": "%s", "title": "Perbaikan 5 unit PC pelayanan kecamatan", "subKegiatan": "%s",
         "justification": "PC loket pelayanan rusak sehingga antrean warga memanjang", %s}"""
        .formatted(KECAMATAN, SUB_KEGIATAN, fields));
    TrackingNumber number = submissions.submit(request, List.of(), "clerk." + KECAMATAN, Optional.empty(), "-");
    return new Case(number, cases.get(number).processInstanceId().orElseThrow());
  }

  Case funded(String when, String account, long amount, String urgency) {
    return file(when, """
        "targetAccount": "%s", "fundedInDpa": true, "amount": %d, "urgency": "%s\""""
        .formatted(account, amount, urgency));
  }

  Case shift(String when, String source, String target, String extra) {
    return file(when, """
        "targetAccount": "%s", "fundedInDpa": false, "sourceAccount": "%s", "amount": 25000000%s"""
        .formatted(target, source, extra));
  }

  Task task(Case aCase, String key) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKey(aCase.number().value()).taskDefinitionKey(key)
        .singleResult();
    assertThat(task).as("open task " + key).isNotNull();
    return task;
  }

  List<String> groups(Task task) {
    return tasks.getIdentityLinksForTask(task.getId()).stream().map(IdentityLink::getGroupId)
        .filter(group -> group != null).toList();
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

  CaseStatus status(Case aCase) {
    return cases.get(aCase.number()).status().code();
  }

  Optional<SlaClock> clock(Case aCase, String name) {
    return clocks.ofProcessInstance(aCase.instance()).stream()
        .filter(clock -> clock.name().equals(name) && clock.state() != SlaClock.State.STOPPED).findFirst();
  }

  boolean ended(Case aCase) {
    return runtime.createProcessInstanceQuery().processInstanceId(aCase.instance()).count() == 0;
  }

  List<String> trail(Case aCase) {
    return jdbc.sql("select action from audit_event where case_number = ? order by position")
        .param(aCase.number().value()).query(String.class).list();
  }

  void procureToSpp(Case aCase) {
    complete(aCase, "UserTask_Procurement", "clerk." + KECAMATAN, KECAMATAN, "vendorName", "CV Sinar Komputer",
        "contractNumber", "SP-027/PBJ/2026");
  }

  void sppVerified(Case aCase) {
    complete(aCase, "UserTask_VerifySpp", "clerk." + KECAMATAN, KECAMATAN, "sppNumber", "SPP-LS-0112",
        "sppVerification", "verified");
  }

  void spmSigned(Case aCase) {
    complete(aCase, "UserTask_SignSpm", "head." + KECAMATAN, KECAMATAN + "-head", "spmDecision", "sign",
        "spmNumber", "SPM-LS-0098");
  }

  @Test
  @DisplayName("funded, not IT: procurement, SPP, SPM, an SP2D returned late once, then SP2D and payment")
  void fundedToPayment() {
    Case aCase = funded("2026-11-02T09:00:00", ATK, 15_000_000, "normal");
    assertThat(runtime.getVariable(aCase.instance(), BudgetRequestProcess.PROCUREMENT_METHOD))
        .isEqualTo("PENGADAAN_LANGSUNG");
    assertThat(status(aCase)).isEqualTo(CaseStatus.DISETUJUI);
    assertThat(clock(aCase, BudgetRequestProcess.DECISION_CLOCK)).as("decided at once: the DPA funds it").isEmpty();
    assertThat(groups(task(aCase, BudgetRequestProcess.PROCUREMENT))).containsExactly(KECAMATAN);

    procureToSpp(aCase);
    complete(aCase, "UserTask_VerifySpp", "clerk." + KECAMATAN, KECAMATAN, "sppNumber", "SPP-LS-0112",
        "sppVerification", "returned", "sppNote", "Lampirkan berita acara serah terima barang");
    assertThat(runtime.getVariable(aCase.instance(), "sppNote")).isNotNull();
    procureToSpp(aCase);
    sppVerified(aCase);
    assertThat(clock(aCase, BudgetRequestProcess.SPM_CLOCK).orElseThrow().dueAt())
        .contains(at("2026-11-04T09:00:00"));
    assertThat(groups(task(aCase, BudgetRequestProcess.SIGN_SPM))).containsExactly(KECAMATAN + "-head");
    spmSigned(aCase);
    assertThat(status(aCase)).isEqualTo(CaseStatus.SPM_TERBIT);
    assertThat(clock(aCase, BudgetRequestProcess.SP2D_CLOCK).orElseThrow().dueAt())
        .contains(at("2026-11-04T09:00:00"));
    assertThat(task(aCase, BudgetRequestProcess.ISSUE_SP2D).getDueDate().toInstant())
        .isEqualTo(at("2026-11-04T09:00:00"));

    clockAt("2026-11-03T15:00:00");
    complete(aCase, "UserTask_IssueSp2d", "clerk.bpkad", "bpkad", "sp2dDecision", "reject",
        "sp2dNote", "Nomor rekening penyedia pada SPM tidak sesuai kontrak");
    assertThat(status(aCase)).isEqualTo(CaseStatus.PERLU_PERBAIKAN);
    assertThat(requests.get(aCase.number().value()).lateSp2dRejections())
        .as("returned after BPKAD's 1 HK").isEqualTo(1);

    sppVerified(aCase);
    spmSigned(aCase);
    clockAt("2026-11-04T08:00:00");
    complete(aCase, "UserTask_IssueSp2d", "clerk.bpkad", "bpkad", "sp2dDecision", "issue", "sp2dNumber", "SP2D-0451");
    assertThat(status(aCase)).isEqualTo(CaseStatus.SP2D_TERBIT);
    complete(aCase, "UserTask_RecordPayment", "clerk.bpkad", "bpkad", "paymentReference", "BJB-20261104-7781");
    assertThat(status(aCase)).isEqualTo(CaseStatus.DIBAYAR);
    assertThat(ended(aCase)).isTrue();
    BudgetRequest paid = requests.get(aCase.number().value());
    assertThat(paid.paperwork().sp2dNumber()).contains("SP2D-0451");
    assertThat(paid.paperwork().paymentReference()).contains("BJB-20261104-7781");
    assertThat(clocks.ofProcessInstance(aCase.instance())).allMatch(clock -> clock.state() == SlaClock.State.STOPPED);
    assertThat(trail(aCase)).contains("BUDGET_REQUEST_REGISTERED", "BUDGET_SPP_RETURNED", "BUDGET_SP2D_REJECTED",
        "BUDGET_SP2D_ISSUED", "BUDGET_PAID");
  }

  @Test
  @DisplayName("IT spending goes to Diskominfo; a revision pauses the clock and the new amount changes the method")
  void itSpendingRevisedThenRecommended() {
    Case aCase = funded("2026-11-02T09:00:00", PC_REPAIR, 45_000_000, "normal");
    assertThat(runtime.getVariable(aCase.instance(), BudgetRequestProcess.IT_SPENDING)).isEqualTo(true);
    assertThat(groups(task(aCase, BudgetRequestProcess.IT_RECOMMENDATION))).containsExactly("diskominfo");
    assertThat(clock(aCase, BudgetRequestProcess.DECISION_CLOCK).orElseThrow().dueAt())
        .contains(at("2026-11-16T09:00:00"));

    complete(aCase, "UserTask_ItRecommendation", "clerk.diskominfo", "diskominfo", "itRecommendation", "revise",
        "itNote", "Ganti lima PC sekaligus dengan spesifikasi standar SPBE");
    assertThat(status(aCase)).isEqualTo(CaseStatus.PERLU_PERBAIKAN);
    assertThat(clock(aCase, BudgetRequestProcess.DECISION_CLOCK).orElseThrow().state())
        .isEqualTo(SlaClock.State.PAUSED);
    assertThat(runtime.getVariable(aCase.instance(), BudgetRequestProcess.REVISED_AMOUNT)).isEqualTo(45_000_000L);

    clockAt("2026-11-09T09:00:00");
    complete(aCase, "UserTask_Revise", "clerk." + KECAMATAN, KECAMATAN, "revisionAction", "resubmit",
        "revisedAmount", 250_000_000L, "revisedJustification", "Lima PC baru sesuai standar SPBE untuk loket pelayanan");
    assertThat(runtime.getVariable(aCase.instance(), BudgetRequestProcess.PROCUREMENT_METHOD)).isEqualTo("TENDER");
    assertThat(requests.get(aCase.number().value()).amount()).isEqualTo(250_000_000L);
    assertThat(clock(aCase, BudgetRequestProcess.DECISION_CLOCK).orElseThrow().dueAt())
        .as("the week spent revising is not counted").contains(at("2026-11-23T09:00:00"));

    complete(aCase, "UserTask_ItRecommendation", "clerk.diskominfo", "diskominfo", "itRecommendation", "recommend",
        "itNote", "Spesifikasi sesuai standar SPBE");
    assertThat(status(aCase)).isEqualTo(CaseStatus.DISETUJUI);
    task(aCase, BudgetRequestProcess.PROCUREMENT);
  }

  @ParameterizedTest(name = "{0} -> {1} ({2})")
  @DisplayName("every row of BudgetShiftAuthority decides who approves a shift")
  @CsvSource({
      "5.1.02.01.01.0026, SUB_RINCIAN_OBJEK, KEPALA_BPKAD, '', ''",
      "5.1.02.01.02.0001, RINCIAN_OBJEK, KEPALA_BPKAD, '', ''",
      "5.1.02.02.01.0001, OBJEK, SEKDA, '', ''",
      "5.1.03.01.01.0001, JENIS, APBD_PERUBAHAN, '', ''",
      "5.2.02.05.01.0001, KELOMPOK, APBD_PERUBAHAN, '', ''",
      "5.1.02.01.01.0026, SUB_KEGIATAN, APBD_PERUBAHAN, 7.01.01.2.01.0002, ''",
      "5.1.02.01.01.0026, KEGIATAN, APBD_PERUBAHAN, 7.01.01.2.02.0001, ''",
      "5.1.02.01.01.0026, PROGRAM, APBD_PERUBAHAN, 7.01.02.2.01.0001, ''",
      "5.1.02.01.01.0026, ORGANISASI, APBD_PERUBAHAN, '', kec-setu"})
  void everyAuthorityRow(String source, String level, String authority, String sourceSubKegiatan,
      String sourceOpd) {
    String extra = (sourceSubKegiatan.isEmpty() ? "" : ", \"sourceSubKegiatan\": \"" + sourceSubKegiatan + "\"")
        + (sourceOpd.isEmpty() ? "" : ", \"sourceOpd\": \"" + sourceOpd + "\"");
    Case aCase = shift("2026-03-10T09:00:00", source, ATK, extra);
    BudgetRequest request = requests.get(aCase.number().value());
    assertThat(request.decided().shiftLevel()).contains(ShiftLevel.valueOf(level));
    assertThat(request.decided().shiftAuthority()).contains(authority);
    switch (authority) {
      case "KEPALA_BPKAD", "SEKDA" -> {
        assertThat(groups(task(aCase, BudgetRequestProcess.BPKAD_VERIFICATION))).containsExactly("bpkad");
        assertThat(groups(task(aCase, BudgetRequestProcess.BAPPEDA_PLAN_CHECK))).containsExactly("bappeda");
        assertThat(trail(aCase)).contains("BUDGET_COPIED_TO_INSPEKTORAT");
        reviewsAgree(aCase);
        assertThat(status(aCase)).isEqualTo(CaseStatus.DIVERIFIKASI);
        assertThat(groups(task(aCase, BudgetRequestProcess.APPROVE_SHIFT)))
            .containsExactly(authority.equals("SEKDA") ? "setda-head" : "bpkad-head");
      }
      default -> {
        assertThat(status(aCase)).isEqualTo(CaseStatus.MENUNGGU_APBD_P);
        assertThat(task(aCase, BudgetRequestProcess.APBD_OUTCOME).getDueDate().toInstant())
            .isEqualTo(at("2026-08-31T23:59:00"));
        assertThat(request.outcomeNote().orElseThrow()).contains("APBD Perubahan", "2026-08-31");
        assertThat(clock(aCase, BudgetRequestProcess.DECISION_CLOCK)).isEmpty();
      }
    }
  }

  void reviewsAgree(Case aCase) {
    complete(aCase, "UserTask_BpkadVerification", "clerk.bpkad", "bpkad", "bpkadVerification", "ok",
        "bpkadNote", "Sisa pagu rekening sumber mencukupi");
    complete(aCase, "UserTask_BappedaPlanCheck", "clerk.bappeda", "bappeda", "bappedaCheck", "ok",
        "bappedaNote", "Sesuai Renja kecamatan 2026");
  }

  @Test
  @DisplayName("a shift approved by Kepala BPKAD goes on to procurement; the approval form shows the method")
  void shiftApproved() {
    Case aCase = shift("2026-03-10T09:00:00", "5.1.02.01.01.0026", ATK, "");
    reviewsAgree(aCase);
    assertThat(runtime.getVariable(aCase.instance(), BudgetRequestProcess.PROCUREMENT_METHOD_NAME))
        .isEqualTo("Pengadaan langsung");
    complete(aCase, "UserTask_ApproveShift", "head.bpkad", "bpkad-head", "approvalDecision", "approve");
    assertThat(status(aCase)).isEqualTo(CaseStatus.DISETUJUI);
    assertThat(clock(aCase, BudgetRequestProcess.DECISION_CLOCK)).isEmpty();
    task(aCase, BudgetRequestProcess.PROCUREMENT);
  }

  @Test
  @DisplayName("the authority rejects with a reason; a check that rejects ends the request; a check asks revision")
  void rejectionsAndRevisionOnReview() {
    Case byApprover = shift("2026-03-10T09:00:00", "5.1.02.02.01.0001", ATK, "");
    reviewsAgree(byApprover);
    complete(byApprover, "UserTask_ApproveShift", "head.setda", "setda-head", "approvalDecision", "reject",
        "approvalNote", "Belanja ATK tidak mendesak dibanding belanja jasa");
    assertThat(status(byApprover)).isEqualTo(CaseStatus.DITOLAK);
    assertThat(requests.get(byApprover.number().value()).outcomeNote()).contains(
        "Belanja ATK tidak mendesak dibanding belanja jasa");
    assertThat(ended(byApprover)).isTrue();

    Case byCheck = shift("2026-03-10T09:00:00", "5.1.02.01.01.0026", ATK, "");
    complete(byCheck, "UserTask_BpkadVerification", "clerk.bpkad", "bpkad", "bpkadVerification", "reject",
        "bpkadNote", "Sisa pagu rekening sumber tidak mencukupi");
    complete(byCheck, "UserTask_BappedaPlanCheck", "clerk.bappeda", "bappeda", "bappedaCheck", "revise",
        "bappedaNote", "Sebutkan indikator Renja");
    assertThat(status(byCheck)).isEqualTo(CaseStatus.DITOLAK);
    assertThat(requests.get(byCheck.number().value()).outcomeNote().orElseThrow())
        .contains("BPKAD: Sisa pagu", "Bappeda: Sebutkan");

    Case revised = shift("2026-03-10T09:00:00", "5.1.02.01.01.0026", ATK, "");
    complete(revised, "UserTask_BpkadVerification", "clerk.bpkad", "bpkad", "bpkadVerification", "ok",
        "bpkadNote", "Pagu cukup");
    complete(revised, "UserTask_BappedaPlanCheck", "clerk.bappeda", "bappeda", "bappedaCheck", "revise",
        "bappedaNote", "Sebutkan indikator Renja");
    assertThat(status(revised)).isEqualTo(CaseStatus.PERLU_PERBAIKAN);
    complete(revised, "UserTask_Revise", "clerk." + KECAMATAN, KECAMATAN, "revisionAction", "resubmit",
        "revisedAmount", 20_000_000L, "revisedJustification", "Mendukung indikator Renja: waktu layanan loket");
    assertThat(groups(task(revised, BudgetRequestProcess.BPKAD_VERIFICATION))).containsExactly("bpkad");
    complete(revised, "UserTask_BpkadVerification", "clerk.bpkad", "bpkad", "bpkadVerification", "ok",
        "bpkadNote", "Pagu cukup");
    complete(revised, "UserTask_BappedaPlanCheck", "clerk.bappeda", "bappeda", "bappedaCheck", "ok",
        "bappedaNote", "Sesuai");
    complete(revised, "UserTask_ApproveShift", "head.bpkad", "bpkad-head", "approvalDecision", "revise",
        "approvalNote", "Lampirkan penawaran kedua");
    complete(revised, "UserTask_Revise", "clerk." + KECAMATAN, KECAMATAN, "revisionAction", "withdraw");
    assertThat(status(revised)).isEqualTo(CaseStatus.DIHENTIKAN);
    assertThat(ended(revised)).isTrue();
  }

  @Test
  @DisplayName("APBD-P: included goes on funded; left out, or the window closed, goes to next year's planning")
  void apbdPerubahan() {
    Case included = shift("2026-03-10T09:00:00", "5.1.03.01.01.0001", ATK, "");
    complete(included, "UserTask_ApbdOutcome", "clerk.bpkad", "bpkad", "apbdOutcome", "included",
        "apbdNote", "Perda APBD-P 2026 Nomor 5");
    assertThat(status(included)).isEqualTo(CaseStatus.DISETUJUI);
    task(included, BudgetRequestProcess.PROCUREMENT);

    Case leftOut = shift("2026-03-10T09:00:00", "5.1.03.01.01.0001", ATK, "");
    complete(leftOut, "UserTask_ApbdOutcome", "clerk.bpkad", "bpkad", "apbdOutcome", "not_included",
        "apbdNote", "Tidak masuk prioritas KUA-PPAS perubahan");
    assertThat(status(leftOut)).isEqualTo(CaseStatus.DIUSULKAN_TAHUN_DEPAN);
    assertThat(ended(leftOut)).isTrue();

    Case late = shift("2026-09-01T09:00:00", "5.1.03.01.01.0001", ATK, "");
    assertThat(status(late)).isEqualTo(CaseStatus.DIUSULKAN_TAHUN_DEPAN);
    assertThat(ended(late)).isTrue();
    assertThat(requests.get(late.number().value()).outcomeNote().orElseThrow()).contains("tahun 2027");
  }

  @Test
  @DisplayName("darurat halves every deadline; the budget holder may reject at the SPM")
  void daruratAndSpmRejected() {
    Case aCase = funded("2026-11-02T09:00:00", ATK, 5_000_000, "darurat");
    assertThat(runtime.getVariable(aCase.instance(), "slaSpm")).isEqualTo("1HK");
    assertThat(runtime.getVariable(aCase.instance(), "slaSp2dRejection")).isEqualTo("4JK");
    assertThat(runtime.getVariable(aCase.instance(), "slaProcurement")).isEqualTo("5HK");
    procureToSpp(aCase);
    sppVerified(aCase);
    assertThat(clock(aCase, BudgetRequestProcess.SPM_CLOCK).orElseThrow().dueAt())
        .contains(at("2026-11-03T09:00:00"));
    complete(aCase, "UserTask_SignSpm", "head." + KECAMATAN, KECAMATAN + "-head", "spmDecision", "reject",
        "spmNote", "Anggaran dialihkan untuk penanganan banjir");
    assertThat(status(aCase)).isEqualTo(CaseStatus.DITOLAK);
    assertThat(ended(aCase)).isTrue();
    assertThat(clocks.ofProcessInstance(aCase.instance())).allMatch(clock -> clock.state() == SlaClock.State.STOPPED);
  }
}
