package id.alur.identity;

import java.security.Principal;
import java.util.List;

/** An authenticated member of staff: the engine user id and the engine groups of this request. */
public record StaffUser(String userId, List<String> groups) implements Principal {

  public StaffUser {
    groups = List.copyOf(groups);
  }

  @Override
  public String getName() {
    return userId;
  }
}
