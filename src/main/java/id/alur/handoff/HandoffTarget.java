package id.alur.handoff;

import java.util.Optional;

/** Where a case can go: an OPD of the city, or an agency outside it with the legal basis its letters cite. */
record HandoffTarget(Handoff.Kind kind, String code, String name, Optional<String> legalBasis) {
}
