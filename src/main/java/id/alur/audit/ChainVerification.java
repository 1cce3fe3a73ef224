package id.alur.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.lang.Nullable;

/**
 * What walking the chain found: how many rows, whether every row links to the one before and carries its own
 * hash, and otherwise the first row that does not and why.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChainVerification(long rows, boolean valid, @Nullable Long brokenAt, @Nullable String reason) {

  static ChainVerification intact(long rows) {
    return new ChainVerification(rows, true, null, null);
  }

  static ChainVerification broken(long rows, long position, String reason) {
    return new ChainVerification(rows, false, position, reason);
  }
}
