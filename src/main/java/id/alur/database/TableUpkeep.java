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
 * Keeps Alur's tables on PostgreSQL in the shape the planner needs, whatever the server's autovacuum does (a city's
 * server may run with it off altogether, and by default it waits until a fifth of a table has changed):
 * <ul>
 *   <li>Planner statistics. The engine's tables fill fast (a task table that was empty when last analysed holds
 *   thousands of rows an hour later), and a plan made for an empty table turns a 4 ms tasklist query into 100 ms and
 *   more. A table whose changes since the last analysis exceed {@code alur.database.analyze-share} of its rows (at
 *   least {@code analyze-min-rows}) is analysed.</li>
 *   <li>Dead rows and new rows. A table with more dead rows than that share, or more rows inserted since its last
 *   vacuum, is vacuumed (and analysed). Every claimed or completed task leaves a dead row behind, and a count read
 *   from an index alone (the task queue's "how many tasks wait for my OPD") reads only the index while the table's
 *   pages are marked all-visible, which only a vacuum does: on a task queue of 1,000,000 rows never vacuumed, one
 *   OPD's count took 105-160 ms instead of a few (bench/README.md). Autovacuum does the same for inserted rows
 *   since PostgreSQL 13, when it runs.</li>
 * </ul>
 * On H2 it does nothing.
 */
@Component
class TableUpkeep {

  private static final Logger LOG = LoggerFactory.getLogger(TableUpkeep.class);

  private final JdbcTemplate jdbc;
  private final double share;
  private final long minRows;
  private Boolean postgres;

  TableUpkeep(JdbcTemplate jdbc, @Value("${alur.database.analyze-share:0.05}") double share,
      @Value("${alur.database.analyze-min-rows:500}") long minRows) {
    this.jdbc = jdbc;
    this.share = share;
    this.minRows = minRows;
  }

  @Scheduled(initialDelayString = "${alur.database.analyze-check:PT1M}",
      fixedDelayString = "${alur.database.analyze-check:PT1M}")
  void keepTables() {
    if (!onPostgres()) {
      return;
    }
    List<String> vacuumed = tablesToVacuum();
    for (String table : vacuumed) {
      run("vacuum (analyze) ", table);
    }
    for (String table : staleTables()) {
      if (!vacuumed.contains(table)) {
        run("analyze ", table);
      }
    }
  }

  private void run(String command, String table) {
    long started = System.nanoTime();
    // The name comes from pg_stat_user_tables, quoted as an identifier: no text from outside reaches this SQL.
    jdbc.execute(command + jdbc.queryForObject("select quote_ident(?)", String.class, table));
    LOG.debug("{}{} in {} ms", command, table, (System.nanoTime() - started) / 1_000_000);
  }

  List<String> staleTables() {
    return jdbc.queryForList("select relname from pg_stat_user_tables where schemaname = current_schema()"
        + " and n_mod_since_analyze > greatest(?, n_live_tup * ?) order by relname", String.class, minRows, share);
  }

  List<String> tablesToVacuum() {
    return jdbc.queryForList("select relname from pg_stat_user_tables where schemaname = current_schema()"
        + " and (n_dead_tup > greatest(?, n_live_tup * ?) or n_ins_since_vacuum > greatest(?, n_live_tup * ?))"
        + " order by relname", String.class, minRows, share, minRows, share);
  }

  private boolean onPostgres() {
    if (postgres == null) {
      postgres = "PostgreSQL".equals(jdbc.execute(
          (ConnectionCallback<String>) connection -> connection.getMetaData().getDatabaseProductName()));
    }
    return postgres;
  }
}
