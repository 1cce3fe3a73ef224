package id.alur.audit;

import id.alur.cases.CaseDocument;
import id.alur.cases.CaseDocumentStored;
import id.alur.cases.CaseRead;
import id.alur.cases.CaseRegistry;
import id.alur.identity.StaffLoginFailed;
import id.alur.sla.CalendarChanged;
import id.alur.sla.SlaClockChanged;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * What other modules publish, on the trail in the publisher's transaction (a synchronous listener): SLA clock
 * events, calendar changes, failed logins at the staff pages, every staff read of a citizen's case, and every
 * document stored with a case (name, type, size, SHA-256).
 */
@Component
class ModuleEventsOnTrail {

  private final AuditTrail trail;
  private final CaseRegistry cases;

  ModuleEventsOnTrail(AuditTrail trail, CaseRegistry cases) {
    this.trail = trail;
    this.cases = cases;
  }

  @EventListener
  void slaClock(SlaClockChanged change) {
    String number = cases.findByProcessInstance(change.processInstanceId())
        .map(caseFile -> caseFile.trackingNumber().value()).orElse(null);
    trail.record(new AuditEvent(change.actor(), change.opd(), number, "SLA_" + change.event().name(), Map.of(
        "clock", change.clock(), "process", change.processKey(), "detail", change.detail(),
        "processInstanceId", change.processInstanceId())));
  }

  @EventListener
  void calendar(CalendarChanged change) {
    trail.record(new AuditEvent(change.actor(), null, null, "CALENDAR_CHANGED",
        Map.of("change", change.change(), "moved", change.moved())));
  }

  @EventListener
  void loginFailed(StaffLoginFailed failed) {
    trail.record(new AuditEvent(failed.userName(), null, null, "LOGIN_FAILED", Map.of("method", "POST",
        "path", failed.path(), "client", failed.client())));
  }

  @EventListener
  void caseRead(CaseRead read) {
    trail.record(new AuditEvent(read.userId(), read.owningOpd(), read.trackingNumber(), "CASE_READ", Map.of()));
  }

  @EventListener
  void documentStored(CaseDocumentStored stored) {
    CaseDocument document = stored.document();
    trail.record(new AuditEvent(document.createdBy(), stored.owningOpd(), document.trackingNumber(),
        AuditActions.DOCUMENT_PREFIX + "STORED", Map.of("documentId", document.id(), "kind", document.kind(),
            "name", document.fileName(), "mediaType", document.mediaType(), "size", document.sizeBytes(),
            "sha256", document.sha256())));
  }
}
