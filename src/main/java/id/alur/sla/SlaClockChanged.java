package id.alur.sla;

import java.time.Instant;

/**
 * Published, inside the transaction that changes it, whenever an SLA clock starts, pauses, resumes, reminds,
 * breaches, stops or moves: for modules that keep their own record of it (the audit trail).
 */
public record SlaClockChanged(String processInstanceId, String processKey, String opd, String clock, SlaEvent event,
    String actor, Instant at, String detail) {
}
