package id.alur.sla;

import java.time.Instant;
import java.util.Optional;

/** One recorded event of a clock: what, when, who, for which OPD and case, and the due instant after it. */
public record SlaClockEntry(SlaEvent event, Instant at, String actor, String opd, Optional<String> trackingNumber,
    Optional<Instant> dueAt, Optional<String> detail) {
}
