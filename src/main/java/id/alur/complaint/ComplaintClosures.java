package id.alur.complaint;

import id.alur.audit.AuditEvent;
import id.alur.audit.AuditTrail;
import id.alur.cases.CaseFile;
import id.alur.web.ApiProblem;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The citizen's last word on an answered complaint: a confirmation with a rating, or a reopening. It reaches the
 * process as the message {@value ComplaintHandlingProcess#CLOSURE_MESSAGE}; the process keeps the rating and counts
 * the reopenings (ComplaintSteps), so this only checks that the word is awaited and allowed, and puts it on the
 * trail. Refused words change nothing.
 */
@Service
class ComplaintClosures {

  static final String ACTOR = "citizen";

  /** What the citizen decided. {@code rating} is there with a confirmation, {@code comment} with a reopening. */
  record Closure(String decision, Optional<Integer> rating, Optional<String> comment) {
  }

  private final RuntimeService runtime;
  private final ComplaintRecords records;
  private final AuditTrail trail;

  ComplaintClosures(RuntimeService runtime, ComplaintRecords records, AuditTrail trail) {
    this.runtime = runtime;
    this.records = records;
    this.trail = trail;
  }

  /** Whether the case is a complaint whose process waits for the citizen's last word now. */
  boolean awaited(CaseFile caseFile) {
    return ComplaintHandlingProcess.CASE_PREFIX.equals(caseFile.trackingNumber().prefix())
        && caseFile.processInstanceId().map(instance -> runtime.createEventSubscriptionQuery()
            .processInstanceId(instance).eventType("message").eventName(ComplaintHandlingProcess.CLOSURE_MESSAGE)
            .count() > 0).orElse(false);
  }

  @Transactional
  public void close(CaseFile caseFile, Closure closure) {
    if (!awaited(caseFile)) {
      throw new ApiProblem(HttpStatus.CONFLICT, "trackingNumber",
          "Pengaduan ini tidak sedang menunggu tanggapan Anda atas jawabannya",
          "This complaint is not waiting for your response to its answer");
    }
    String number = caseFile.trackingNumber().value();
    boolean reopen = ComplaintHandlingProcess.REOPEN.equals(closure.decision());
    Complaint complaint = records.get(number);
    if (reopen && complaint.reopenCount() >= ComplaintHandlingProcess.MAX_REOPENINGS) {
      throw new ApiProblem(HttpStatus.CONFLICT, "decision",
          "Pengaduan ini sudah dibuka kembali dua kali; Anda dapat mengonfirmasi jawabannya dengan penilaian",
          "This complaint was already reopened twice; you may confirm the answer with a rating");
    }
    Map<String, Object> details = new LinkedHashMap<>();
    closure.rating().ifPresent(rating -> details.put("rating", rating));
    details.put("commentLength", closure.comment().map(String::length).orElse(0));
    if (reopen) {
      details.put("reopenings", complaint.reopenCount() + 1);
    }
    trail.record(new AuditEvent(ACTOR, caseFile.owningOpd(), number,
        reopen ? "COMPLAINT_REOPEN_REQUESTED" : "COMPLAINT_RATED", details));
    // All three are set, null when not given, so that the model's expressions never meet an unknown variable.
    Map<String, Object> variables = new HashMap<>();
    variables.put(ComplaintHandlingProcess.CLOSURE_DECISION, closure.decision());
    variables.put(ComplaintHandlingProcess.RATING, closure.rating().orElse(null));
    variables.put(ComplaintHandlingProcess.RATING_COMMENT, closure.comment().orElse(null));
    runtime.createMessageCorrelation(ComplaintHandlingProcess.CLOSURE_MESSAGE)
        .processInstanceId(caseFile.processInstanceId().orElseThrow())
        .setVariables(variables)
        .correlateWithResult();
  }
}
