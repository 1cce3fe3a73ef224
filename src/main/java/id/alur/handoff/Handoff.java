package id.alur.handoff;

import java.time.OffsetDateTime;
import java.util.Optional;

/** One hand-off of a case, as the module keeps it. */
record Handoff(String id, String trackingNumber, String processInstanceId, Kind kind, String fromOpd, String target,
    String reason, Optional<String> legalBasis, int moveNumber, State state, String requestedBy,
    OffsetDateTime requestedAt, Optional<String> answeredBy, Optional<OffsetDateTime> answeredAt,
    Optional<String> answer, Optional<String> finalOwner, Optional<String> letterNumber,
    Optional<String> letterDocumentId, int reminders) {

  enum Kind { INTERNAL, EXTERNAL }

  enum State {
    /** Waiting for the target OPD to accept or return it. */
    AWAITING_ACCEPTANCE,
    ACCEPTED,
    RETURNED,
    /** The third move: waiting for Sekda. */
    AWAITING_ARBITRATION,
    ARBITRATED,
    /** Ended unanswered because the caller's case ended first (a permit deemed granted meanwhile, say). */
    WITHDRAWN,
    /** Letter sent to an outside agency, no answer yet. */
    AWAITING_ANSWER,
    ANSWERED;

    boolean open() {
      return this == AWAITING_ACCEPTANCE || this == AWAITING_ARBITRATION || this == AWAITING_ANSWER;
    }
  }
}
