package id.alur.cases;

/** A case's status as citizens read it, in Bahasa Indonesia and in English. */
public record PublicStatus(CaseStatus code, String indonesian, String english) {
}
