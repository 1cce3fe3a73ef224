package id.alur.identity;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The prod profile refuses to start on a demo set-up: while demo staff (whose password is in the README)
 * exist, while demo staff are switched on, or on the embedded H2 database.
 */
@Component
@Profile("prod")
class ProductionGuard {

  private final DemoStaff demoStaff;
  private final DataSource dataSource;
  private final boolean demoStaffEnabled;

  ProductionGuard(DemoStaff demoStaff, DataSource dataSource,
      @Value("${alur.demo-staff.enabled}") boolean demoStaffEnabled) {
    this.demoStaff = demoStaff;
    this.dataSource = dataSource;
    this.demoStaffEnabled = demoStaffEnabled;
  }

  void check() {
    if (demoStaffEnabled) {
      throw new IllegalStateException("Refusing to start: the prod profile runs with alur.demo-staff.enabled=true");
    }
    String product = new JdbcTemplate(dataSource).execute(
        (ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName());
    if ("H2".equalsIgnoreCase(product)) {
      throw new IllegalStateException(
          "Refusing to start: the prod profile runs on the embedded H2 database; use PostgreSQL (profile postgres)");
    }
    List<String> present = demoStaff.present();
    if (!present.isEmpty()) {
      throw new IllegalStateException("Refusing to start: the prod profile found demo users with a public password: "
          + String.join(", ", present) + ". Delete them (Camunda Admin or the identity API) first.");
    }
  }
}
