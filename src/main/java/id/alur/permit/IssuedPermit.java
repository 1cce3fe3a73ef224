package id.alur.permit;

import java.time.Instant;

/**
 * A permit as issued: its number ({@code PBG/000123/DPMPTSP/2026}), the case, the stored PDF (a case document)
 * and that PDF's SHA-256, the moment of issue on the engine's clock, and what it states.
 */
public record IssuedPermit(String number, String trackingNumber, String documentId, String documentSha256,
    Instant issuedAt, PermitContent content) {
}
