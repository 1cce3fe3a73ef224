package id.alur.identity;

import java.security.Principal;
import java.util.List;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** An authenticated member of staff: the engine user id and the engine groups of this request. */
public record StaffUser(String userId, List<String> groups) implements Principal {

  public StaffUser {
    groups = List.copyOf(groups);
  }

  /** The groups as Spring Security authorities ({@code GROUP_<id>}). */
  public List<SimpleGrantedAuthority> authorities() {
    return groups.stream().map(group -> new SimpleGrantedAuthority("GROUP_" + group)).toList();
  }

  @Override
  public String getName() {
    return userId;
  }
}
