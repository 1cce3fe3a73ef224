package id.alur.database;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.alur.PostgresIntegrationTest;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Alur's own upkeep keeps counts cheap on a server whose autovacuum is off: a table that only grew (as the task queue
 * grows with every new task) is vacuumed, so that a count by index reads the index alone and not every row's page.
 */
class TableUpkeepIT extends PostgresIntegrationTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired TableUpkeep upkeep;

  @Test
  void aTableThatOnlyGrewIsVacuumedSoThatItsCountsReadTheIndexAlone() {
    jdbc.execute("create table upkeep_grown (id bigint primary key, group_id varchar(64) not null)");
    jdbc.execute("create index upkeep_grown_group on upkeep_grown (group_id)");
    jdbc.execute((ConnectionCallback<Void>) connection -> {
      try (Statement sql = connection.createStatement()) {
        sql.execute("insert into upkeep_grown select n, 'opd-' || (n % 20) from generate_series(1, 20000) n");
        // The inserting session's statistics reach pg_stat_user_tables at its next flush; this one is now.
        sql.execute("select pg_stat_force_next_flush()");
      }
      return null;
    });
    jdbc.execute("analyze upkeep_grown");
    assertThat(heapFetchesOfOneGroupsCount()).as("before the upkeep, the count visits the table").isGreaterThan(0);

    assertThat(upkeep.tablesToVacuum()).contains("upkeep_grown");
    upkeep.keepTables();

    assertThat(heapFetchesOfOneGroupsCount()).as("after the upkeep, the count reads the index alone").isZero();
    assertThat(upkeep.tablesToVacuum()).doesNotContain("upkeep_grown");
  }

  /** How many rows' table pages a count of one group visits, read from its plan as PostgreSQL ran it. */
  private long heapFetchesOfOneGroupsCount() {
    return jdbc.execute((ConnectionCallback<Long>) connection -> {
      try (Statement sql = connection.createStatement()) {
        // Index-only, as the task queue's counts are planned on a big table; this table is too small to be sure.
        sql.execute("set enable_seqscan = off");
        sql.execute("set enable_bitmapscan = off");
        try (ResultSet plan = sql.executeQuery("explain (analyze, format json)"
            + " select count(*) from upkeep_grown where group_id = 'opd-7'")) {
          plan.next();
          JsonNode root = new ObjectMapper().readTree(plan.getString(1)).get(0).get("Plan");
          JsonNode scan = indexOnlyScan(root);
          if (scan == null) {
            throw new IllegalStateException("the count was not read by index alone: " + root);
          }
          return scan.path("Heap Fetches").asLong();
        } catch (JsonProcessingException e) {
          throw new IllegalStateException(e);
        } finally {
          sql.execute("reset enable_seqscan");
          sql.execute("reset enable_bitmapscan");
        }
      }
    });
  }

  private static JsonNode indexOnlyScan(JsonNode plan) {
    if ("Index Only Scan".equals(plan.path("Node Type").asText())) {
      return plan;
    }
    for (JsonNode child : plan.path("Plans")) {
      JsonNode scan = indexOnlyScan(child);
      if (scan != null) {
        return scan;
      }
    }
    return null;
  }
}
