package id.alur.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo staff of the embedded profile, one password for all (README.md): for every OPD a clerk
 * ({@code clerk.<opd>}) and a head ({@code head.<opd>}), plus the complaint coordinator of Diskominfo, a
 * process designer, an auditor of Inspektorat and an admin. Existing users are left as they are, so a
 * changed password survives a restart. The prod profile never creates them and refuses to start while
 * any of them exists ({@link ProductionGuard}).
 */
@Component
public class DemoStaff {

  /** A demo account: user id, display name, and the engine groups it belongs to. */
  public record Member(String userId, String firstName, String lastName, List<String> groups) {
  }

  static final String AUDITOR_OPD = "inspektorat";
  private static final String MAIL_DOMAIN = "@demo.alur.invalid";
  private static final Logger LOG = LoggerFactory.getLogger(DemoStaff.class);

  private final IdentityService identityService;
  private final OpdDirectory opdDirectory;
  private final String password;

  DemoStaff(IdentityService identityService, OpdDirectory opdDirectory,
      @Value("${alur.demo-staff.password}") String password) {
    this.identityService = identityService;
    this.opdDirectory = opdDirectory;
    this.password = password;
  }

  public List<Member> members() {
    List<Member> members = new ArrayList<>();
    for (Opd opd : opdDirectory.all()) {
      String label = opd.code().toUpperCase();
      members.add(new Member("clerk." + opd.code(), "Petugas", label, List.of(StaffGroups.staffOf(opd.code()))));
      members.add(new Member("head." + opd.code(), "Kepala", label,
          List.of(StaffGroups.staffOf(opd.code()), StaffGroups.headsOf(opd.code()))));
    }
    members.add(new Member("coordinator", "Koordinator", "Pengaduan",
        List.of(StaffGroups.staffOf(StaffGroups.COORDINATOR_OPD), StaffGroups.COORDINATOR)));
    members.add(new Member("designer", "Perancang", "Proses", List.of(StaffGroups.DESIGNER)));
    members.add(new Member("auditor", "Auditor", "Inspektorat",
        List.of(StaffGroups.AUDITOR, StaffGroups.staffOf(AUDITOR_OPD))));
    members.add(new Member("admin", "Administrator", "Alur", List.of(StaffGroups.ADMIN)));
    return members;
  }

  public List<String> userIds() {
    return members().stream().map(Member::userId).toList();
  }

  public void create() {
    if (password.isBlank()) {
      throw new IllegalStateException("alur.demo-staff.password is empty: demo staff need a password");
    }
    int created = 0;
    for (Member member : members()) {
      if (identityService.createUserQuery().userId(member.userId()).count() == 0) {
        User user = identityService.newUser(member.userId());
        user.setFirstName(member.firstName());
        user.setLastName(member.lastName());
        user.setEmail(member.userId() + MAIL_DOMAIN);
        user.setPassword(password);
        identityService.saveUser(user);
        created++;
      }
      for (String group : member.groups()) {
        if (identityService.createUserQuery().userId(member.userId()).memberOfGroup(group).count() == 0) {
          identityService.createMembership(member.userId(), group);
        }
      }
    }
    LOG.warn("Demo staff present ({} created now): the demo password is public, never use this database in"
        + " production", created);
  }

  /** Demo accounts found in the engine's identity store. */
  public List<String> present() {
    List<String> ids = userIds();
    return identityService.createUserQuery().userIdIn(ids.toArray(String[]::new)).list().stream()
        .map(User::getId).toList();
  }
}
