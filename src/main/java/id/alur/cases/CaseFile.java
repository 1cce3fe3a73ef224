package id.alur.cases;

import java.time.OffsetDateTime;
import java.util.Optional;

/** A case as the registry holds it. */
public record CaseFile(
    TrackingNumber trackingNumber,
    Optional<String> processInstanceId,
    String owningOpd,
    PublicStatus status,
    OffsetDateTime createdAt,
    OffsetDateTime updatedAt) {
}
