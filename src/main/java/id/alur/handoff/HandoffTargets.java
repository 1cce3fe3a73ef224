package id.alur.handoff;

import id.alur.identity.OpdDirectory;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Resolves a target code: an active OPD of the directory, else an active outside agency. */
@Component
class HandoffTargets {

  private final OpdDirectory opds;
  private final JdbcClient jdbc;

  HandoffTargets(OpdDirectory opds, JdbcClient jdbc) {
    this.opds = opds;
    this.jdbc = jdbc;
  }

  Optional<HandoffTarget> find(String code) {
    return opds.find(code)
        .map(opd -> new HandoffTarget(Handoff.Kind.INTERNAL, opd.code(), opd.name(), Optional.empty()))
        .or(() -> agency(code));
  }

  HandoffTarget get(String code) {
    return find(code).orElseThrow(() -> new IllegalArgumentException("unknown hand-off target: " + code));
  }

  List<HandoffTarget> agencies() {
    return jdbc.sql("select code, name, legal_basis from handoff_external_agency where active order by code")
        .query((row, n) -> new HandoffTarget(Handoff.Kind.EXTERNAL, row.getString("code"), row.getString("name"),
            Optional.of(row.getString("legal_basis"))))
        .list();
  }

  String nameOf(String code) {
    return find(code).map(HandoffTarget::name).orElse(code);
  }

  private Optional<HandoffTarget> agency(String code) {
    return agencies().stream().filter(agency -> agency.code().equals(code)).findFirst();
  }
}
