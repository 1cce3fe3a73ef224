package id.alur.permit;

import java.util.List;

/** What a permit states and what its signature covers. */
public record PermitContent(String trackingNumber, String permitType, String permitTypeName,
    String holderName, String objectDescription, String objectLocation, List<String> conditions,
    boolean deemedGranted) {
}
