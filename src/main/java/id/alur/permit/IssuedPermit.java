package id.alur.permit;

import java.time.Instant;

/** A permit as issued. */
public record IssuedPermit(String number, String trackingNumber, String documentId, String documentSha256,
    Instant issuedAt, PermitContent content) {
}
