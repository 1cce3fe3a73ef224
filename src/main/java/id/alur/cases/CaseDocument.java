package id.alur.cases;

import java.time.OffsetDateTime;

/** A document stored with a case (its content is read separately): what it is, who stored it, its SHA-256. */
public record CaseDocument(String id, String trackingNumber, String kind, String fileName, String mediaType,
    int sizeBytes, String sha256, String createdBy, OffsetDateTime createdAt) {
}
