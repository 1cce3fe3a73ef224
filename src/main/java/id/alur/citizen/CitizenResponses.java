package id.alur.citizen;

import id.alur.audit.AuditEvent;
import id.alur.audit.AuditTrail;
import id.alur.cases.CaseDocument;
import id.alur.cases.CaseFile;
import id.alur.citizen.CitizenUploads.CheckedFile;
import id.alur.web.ApiProblem;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A citizen's answer to what the city asked of them (a completed file, a revision, more information): its
 * documents are stored with the case and the process hears the message {@value #MESSAGE} with the citizen's
 * words in {@value #VARIABLE}. Models wait for it where they ask the citizen something; when nothing is asked
 * the answer is refused (409) and nothing is kept.
 */
@Service
public class CitizenResponses {

  public static final String MESSAGE = "CitizenResponded";
  public static final String VARIABLE = "citizenResponse";
  static final int MAX_MESSAGE = 4000;
  static final String ACTOR = "citizen";

  private final RuntimeService runtime;
  private final CitizenUploads uploads;
  private final AuditTrail trail;

  CitizenResponses(RuntimeService runtime, CitizenUploads uploads, AuditTrail trail) {
    this.runtime = runtime;
    this.uploads = uploads;
    this.trail = trail;
  }

  /** Whether the case's process waits for the citizen now. */
  public boolean awaited(CaseFile caseFile) {
    return caseFile.processInstanceId().map(instance -> runtime.createEventSubscriptionQuery()
        .processInstanceId(instance).eventType("message").eventName(MESSAGE).count() > 0).orElse(false);
  }

  @Transactional
  public List<CaseDocument> respond(CaseFile caseFile, String message, List<CheckedFile> files) {
    if (!awaited(caseFile)) {
      throw new ApiProblem(HttpStatus.CONFLICT, "trackingNumber",
          "Saat ini tidak ada yang diminta dari Anda untuk kasus ini",
          "Nothing is asked of you on this case now");
    }
    List<CaseDocument> stored = uploads.store(caseFile.trackingNumber(), "jawaban", files, ACTOR);
    trail.record(new AuditEvent(ACTOR, caseFile.owningOpd(), caseFile.trackingNumber().value(), "CITIZEN_RESPONDED",
        java.util.Map.of("documents", stored.size(), "messageLength", message.length())));
    runtime.createMessageCorrelation(MESSAGE)
        .processInstanceId(caseFile.processInstanceId().orElseThrow())
        .setVariable(VARIABLE, message)
        .correlateWithResult();
    return stored;
  }
}
