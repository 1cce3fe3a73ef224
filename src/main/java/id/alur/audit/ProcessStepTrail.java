package id.alur.audit;

import id.alur.cases.CaseFile;
import id.alur.cases.CaseRegistry;
import id.alur.cases.TrackingNumber;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * What the step beans of the service processes (permits, complaints) share: who acts (the engine's current user,
 * or {@value #SYSTEM} for timers and messages), the case a step belongs to (its {@code trackingNumber} variable),
 * and a trail row for the step under that case and its owning OPD at that moment.
 */
@Component
public class ProcessStepTrail {

  public static final String SYSTEM = "system";

  private final CaseRegistry cases;
  private final AuditTrail trail;
  private final IdentityService identity;

  ProcessStepTrail(CaseRegistry cases, AuditTrail trail, IdentityService identity) {
    this.cases = cases;
    this.trail = trail;
    this.identity = identity;
  }

  /** The engine's current user, or {@value #SYSTEM}. */
  public String actor() {
    Authentication authentication = identity.getCurrentAuthentication();
    return authentication == null || authentication.getUserId() == null ? SYSTEM : authentication.getUserId();
  }

  public void record(DelegateExecution execution, String action, Map<String, Object> details) {
    CaseFile caseFile = cases.get(TrackingNumber.parse(trackingNumber(execution)));
    trail.record(new AuditEvent(actor(), caseFile.owningOpd(), caseFile.trackingNumber().value(), action, details));
  }

  /** The case's tracking number, as every service process carries it. */
  public static String trackingNumber(DelegateExecution execution) {
    return text(execution, TrackingNumber.VARIABLE);
  }

  /** A variable the step cannot do without, as text. */
  public static String text(DelegateExecution execution, String variable) {
    Object value = execution.getVariable(variable);
    if (value == null) {
      throw new IllegalStateException("variable " + variable + " is missing");
    }
    return value.toString();
  }
}
