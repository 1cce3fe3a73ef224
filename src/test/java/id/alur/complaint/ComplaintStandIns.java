package id.alur.complaint;

import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.CitizenAccess;
import id.alur.cases.TrackingNumber;
import id.alur.complaint.Complaint.Complainant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;

/**
 * A test-only model for the complaint API, kept out of {@code processes/} (src/test/resources/complaint-standin):
 * complaints that must wait for the citizen's last word at once are carried by {@code ComplaintClosureStandIn},
 * whose key is its own, so that the closure API is tested without working the whole real process first.
 */
final class ComplaintStandIns {

  static final String CLOSURE_STAND_IN = "ComplaintClosureStandIn";

  /** A complaint case and the code its complainant holds. */
  record Filed(TrackingNumber number, String accessCode, String processInstanceId) {
  }

  private ComplaintStandIns() {
  }

  /**
   * Files a complaint as a submission would, carried by a process that waits for the message
   * {@code ComplaintClosure} at once, with the answer shown to the citizen.
   */
  static Filed awaitingClosure(RepositoryService repository, RuntimeService runtime, CaseRegistry cases,
      ComplaintRecords records, CitizenAccess access, int reopenCount) {
    deployIfMissing(repository, CLOSURE_STAND_IN);
    TrackingNumber number = cases.open(ComplaintHandlingProcess.CASE_PREFIX, ComplaintHandlingProcess.COORDINATOR_OPD,
        CaseStatus.MENUNGGU_TANGGAPAN_PELAPOR);
    records.insert(complaint(number.value(), false, false, reopenCount, ComplaintAction.CONFIRM));
    records.recordAnswer(number.value(), "Lubang sudah ditambal oleh DSDABMBK pada 3 Maret.");
    String instance = runtime.startProcessInstanceByKey(CLOSURE_STAND_IN, number.value(),
        Map.of("trackingNumber", number.value())).getId();
    cases.linkProcessInstance(number, instance);
    return new Filed(number, access.issue(number), instance);
  }

  static Complaint complaint(String number, boolean anonymous, boolean confidential, int reopenCount,
      ComplaintAction action) {
    return new Complaint(number, "jalan", "Jalan berlubang besar di depan SDN Pamulang 02, berbahaya bagi motor.",
        "kec-pamulang", "Pamulang Barat", Optional.of(-6.34), Optional.of(106.73), Optional.of("city"), false,
        anonymous, confidential,
        new Complainant("Siti Aminah", Optional.of("3674015501900001"), Optional.of("081211112222"),
            Optional.of("siti@example.id")),
        "dsdabmbk", Optional.empty(), action, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), reopenCount, OffsetDateTime.now());
  }

  private static void deployIfMissing(RepositoryService repository, String key) {
    if (repository.createProcessDefinitionQuery().processDefinitionKey(key).count() == 0) {
      repository.createDeployment().name("complaint-standin-" + key)
          .addClasspathResource("complaint-standin/" + key + ".bpmn").deploy();
    }
  }
}
