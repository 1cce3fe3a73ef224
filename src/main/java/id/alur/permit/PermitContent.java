package id.alur.permit;

import java.util.List;

/**
 * What a permit states and what its signature covers: the case it ends, the permit type (its code and its name as
 * printed), the holder, the object permitted and where it is, the conditions attached, and whether it was issued
 * by the system because the service standard's deadline passed (fiktif positif).
 */
public record PermitContent(String trackingNumber, String permitType, String permitTypeName,
    String holderName, String objectDescription, String objectLocation, List<String> conditions,
    boolean deemedGranted) {

  public PermitContent {
    conditions = List.copyOf(conditions);
  }
}
