package id.alur.audit;

import id.alur.identity.StaffUser;
import id.alur.web.ApiProblem;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Opens a case's dossier for an auditor, for the API and the pages alike. Opening it is itself a
 * {@code CASE_READ} on the trail, written before the dossier is read, so the auditor sees their own read.
 */
@Component
class CaseDossiers {

  private final AuditedCases cases;
  private final ProcessPath paths;
  private final AuditTrail trail;

  CaseDossiers(AuditedCases cases, ProcessPath paths, AuditTrail trail) {
    this.cases = cases;
    this.paths = paths;
    this.trail = trail;
  }

  /**
   * The read goes on the trail in a transaction of its own, before anything is read: the trail's head is
   * locked only for that moment, not while the dossier is put together.
   */
  CaseDossier open(StaffUser auditor, String trackingNumber, String via) {
    AuditedCases.CaseRow row = find(trackingNumber);
    trail.record(new AuditEvent(auditor.userId(), row.opd(), row.trackingNumber(), AuditActions.CASE_READ,
        Map.of("by", "auditor", "via", via)));
    List<AuditedCases.Step> timeline = cases.timeline(row.trackingNumber());
    return new CaseDossier(row, timeline, cases.clocks(row.trackingNumber()), paths.of(row.processInstanceId()),
        timeline.stream().filter(step -> AuditActions.isHandoff(step.action())).toList(),
        timeline.stream().filter(step -> AuditActions.isDocument(step.action())).toList());
  }

  /** The model the case runs on, as BPMN XML; not a read of the citizen's data, so not on the trail. */
  Optional<String> diagram(String trackingNumber) {
    return paths.diagram(find(trackingNumber).processInstanceId());
  }

  private AuditedCases.CaseRow find(String trackingNumber) {
    return cases.find(CaseSearch.trackingNumber(trackingNumber)).orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND,
        "trackingNumber", "Kasus tidak ditemukan", "No such case"));
  }
}
