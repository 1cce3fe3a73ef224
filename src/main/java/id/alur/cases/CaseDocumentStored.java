package id.alur.cases;

/** Published in the storing transaction when a document is stored with a case, for the audit trail. */
public record CaseDocumentStored(CaseDocument document, String owningOpd) {
}
