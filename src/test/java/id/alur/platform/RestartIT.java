package id.alur.platform;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.AppStarter;
import id.alur.PostgresDatabases;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

class RestartIT {

  /** What a start may write: schema changes, deployments, groups, users, memberships, authorizations. */
  private static final List<String> COUNTS = List.of(
      "select count(*) from databasechangelog",
      "select count(*) from act_re_deployment",
      "select count(*) from act_re_procdef",
      "select count(*) from act_id_group",
      "select count(*) from act_id_user",
      "select count(*) from act_id_membership",
      "select count(*) from act_ru_authorization",
      "select count(*) from opd_directory");

  @Test
  @DisplayName("starting twice on PostgreSQL changes nothing: no changeset, deployment, group, user or grant is added")
  void secondStartChangesNothing() {
    PostgresDatabases.Database database = PostgresDatabases.fresh("alur_it_restart");

    List<Integer> afterFirst;
    try (ConfigurableApplicationContext first = AppStarter.start(database, "postgres")) {
      afterFirst = counts(first);
    }
    List<Integer> afterSecond;
    try (ConfigurableApplicationContext second = AppStarter.start(database, "postgres")) {
      afterSecond = counts(second);
    }

    assertThat(afterFirst.get(0)).as("changesets").isGreaterThan(20);
    assertThat(afterFirst.get(1)).as("deployments").isEqualTo(1);
    assertThat(afterSecond).isEqualTo(afterFirst);
  }

  private static List<Integer> counts(ConfigurableApplicationContext context) {
    JdbcClient jdbc = context.getBean(JdbcClient.class);
    return COUNTS.stream().map(sql -> jdbc.sql(sql).query(Integer.class).single()).toList();
  }
}
