package id.alur.cases;

/** Published when a member of staff reads a citizen's case (personal data under UU 27/2022): who and which. */
public record CaseRead(String trackingNumber, String owningOpd, String userId) {
}
