package id.alur.audit;

import java.util.List;

/**
 * Everything an auditor reads about one case: the case, its timeline from the trail (who, OPD, what, when, how
 * long until the next step), its SLA clocks, the path through the process model from the engine's history,
 * and the trail's hand-offs and documents.
 */
record CaseDossier(AuditedCases.CaseRow caseFile, List<AuditedCases.Step> timeline, List<AuditedCases.Clock> clocks,
    List<ProcessPath.Step> path, List<AuditedCases.Step> handoffs, List<AuditedCases.Step> documents) {
}
