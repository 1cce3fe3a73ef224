package id.alur.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alur.AppStarter;
import id.alur.PostgresDatabases;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

class ProductionProfileIT {

  /** Production needs a signing key of its own for permits (the development one is refused). */
  static final String SIGNING_KEY = "alur.permit.signing-key=production-test-key-of-at-least-32-characters";
  /** And a payment callback secret of its own. */
  static final String PAYMENT_SECRET = "alur.permit.payment-secret=production-test-payment-secret-32-chars";

  @Test
  @DisplayName("the prod profile refuses to start while demo users exist, and starts once they are gone")
  void prodRefusesDemoUsers() {
    PostgresDatabases.Database database = PostgresDatabases.fresh("alur_it_prod");
    AppStarter.start(database, "postgres").close();

    assertThatThrownBy(() -> AppStarter.start(database, "postgres,prod", SIGNING_KEY, PAYMENT_SECRET))
        .hasStackTraceContaining("found demo users with a public password")
        .hasStackTraceContaining("clerk.dcktr");

    try (ConfigurableApplicationContext cleanup = AppStarter.start(database, "postgres",
        "alur.demo-staff.enabled=false")) {
      IdentityService identity = cleanup.getBean(IdentityService.class);
      cleanup.getBean(DemoStaff.class).userIds().forEach(identity::deleteUser);
    }
    try (ConfigurableApplicationContext production = AppStarter.start(database, "postgres,prod", SIGNING_KEY, PAYMENT_SECRET)) {
      assertThat(production.isActive()).isTrue();
      assertThat(production.getBean(IdentityService.class).createUserQuery().count()).isZero();
    }
  }

  @Test
  @DisplayName("the prod profile refuses the embedded H2 database, switched-on demo staff and the development permit secrets")
  void prodRefusesDemoSetUps() {
    PostgresDatabases.Database h2 = new PostgresDatabases.Database("jdbc:h2:mem:prod-check", "sa", "");
    assertThatThrownBy(() -> AppStarter.start(h2, "prod", SIGNING_KEY, PAYMENT_SECRET))
        .hasStackTraceContaining("embedded H2 database");

    PostgresDatabases.Database database = PostgresDatabases.fresh("alur_it_prod_demo");
    assertThatThrownBy(() -> AppStarter.start(database, "postgres,prod", SIGNING_KEY, PAYMENT_SECRET, "alur.demo-staff.enabled=true"))
        .hasStackTraceContaining("alur.demo-staff.enabled=true");
    assertThatThrownBy(() -> AppStarter.start(database, "postgres,prod", PAYMENT_SECRET))
        .hasStackTraceContaining("development permit signing key");
    assertThatThrownBy(() -> AppStarter.start(database, "postgres,prod", SIGNING_KEY))
        .hasStackTraceContaining("development payment callback secret");
  }
}
