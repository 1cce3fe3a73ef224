package id.alur.database;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps PostgreSQL's planner statistics of Alur's tables fresh. The engine's tables fill fast (a task table that was
 * empty when last analysed holds thousands of rows an hour later), and a plan made for an empty table turns a 4 ms
 * tasklist query into 100 ms and more. Autovacuum would analyse them, but only after 10% of a table has changed,
 * and a city's server may run with autovacuum off altogether: so Alur analyses any of its tables whose changes since
 * the last analysis exceed {@code alur.database.analyze-share} of its rows (at least {@code analyze-min-rows}). On H2
 * it does nothing.
 */
@Component
class PlannerStatistics {

  private static final Logger LOG = LoggerFactory.getLogger(PlannerStatistics.class);

  private final JdbcTemplate jdbc;
  private final double share;
  private final long minRows;
  private Boolean postgres;

  PlannerStatistics(JdbcTemplate jdbc, @Value("${alur.database.analyze-share:0.05}") double share,
      @Value("${alur.database.analyze-min-rows:500}") long minRows) {
    this.jdbc = jdbc;
    this.share = share;
    this.minRows = minRows;
  }

  @Scheduled(initialDelayString = "${alur.database.analyze-check:PT1M}",
      fixedDelayString = "${alur.database.analyze-check:PT1M}")
  void analyzeStaleTables() {
    if (!onPostgres()) {
      return;
    }
    for (String table : staleTables()) {
      long started = System.nanoTime();
      // The name comes from pg_stat_user_tables, quoted as an identifier: no text from outside reaches this SQL.
      jdbc.execute("analyze " + jdbc.queryForObject("select quote_ident(?)", String.class, table));
      LOG.debug("Analysed {} in {} ms", table, (System.nanoTime() - started) / 1_000_000);
    }
  }

  List<String> staleTables() {
    return jdbc.queryForList("select relname from pg_stat_user_tables where schemaname = current_schema()"
        + " and n_mod_since_analyze > greatest(?, n_live_tup * ?) order by relname", String.class, minRows, share);
  }

  private boolean onPostgres() {
    if (postgres == null) {
      postgres = "PostgreSQL".equals(jdbc.execute(
          (ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName()));
    }
    return postgres;
  }
}
