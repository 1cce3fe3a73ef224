package id.alur.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The city's active OPDs, as seeded by Liquibase and kept by admins. */
@Component
public class OpdDirectory {

  private final JdbcClient jdbc;

  OpdDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public List<Opd> all() {
    return jdbc.sql("select code, name, kind, handles from opd_directory where active order by code")
        .query(Opd.class)
        .list();
  }

  public Optional<Opd> find(String code) {
    return jdbc.sql("select code, name, kind, handles from opd_directory where active and code = ?")
        .param(code)
        .query(Opd.class)
        .optional();
  }

  public boolean exists(String code) {
    return find(code).isPresent();
  }
}
