package id.alur.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server the run measures on: its databases, its WAL position and table statistics (what a load wrote),
 * and pgbench to read the other figures against. Host, port and user come from PGHOST, PGPORT and PGUSER
 * (127.0.0.1, 5432, postgres when unset), as for psql.
 */
final class Postgres {

  /** Backends flush their table statistics at most every 10 s when idle (PostgreSQL 15, PGSTAT_IDLE_INTERVAL). */
  private static final long STATS_FLUSH_MILLIS = 11_000;

  final String host = env("PGHOST", "127.0.0.1");
  final String port = env("PGPORT", "5432");
  final String user = env("PGUSER", "postgres");
  final String password = env("PGPASSWORD", "");

  /** Per-table counts of rows inserted, updated and deleted, and the WAL position, at one moment. */
  record Snapshot(long walBytes, Map<String, long[]> tables) {

    long rowWritesSince(Snapshot before) {
      long sum = 0;
      for (var entry : tables.entrySet()) {
        long[] then = before.tables.getOrDefault(entry.getKey(), new long[3]);
        for (int i = 0; i < 3; i++) {
          sum += entry.getValue()[i] - then[i];
        }
      }
      return sum;
    }

    /** Rows inserted since {@code before} into the tables whose names start with the prefix. */
    long insertsSince(Snapshot before, String prefix) {
      long sum = 0;
      for (var entry : tables.entrySet()) {
        if (entry.getKey().startsWith(prefix)) {
          sum += entry.getValue()[0] - before.tables.getOrDefault(entry.getKey(), new long[3])[0];
        }
      }
      return sum;
    }

    /** The tables written most since {@code before}: name, inserts/updates/deletes. */
    String busiestSince(Snapshot before, int count) {
      return tables.entrySet().stream().map(entry -> {
        long[] then = before.tables.getOrDefault(entry.getKey(), new long[3]);
        long[] now = entry.getValue();
        return new Object[] {entry.getKey(), now[0] - then[0], now[1] - then[1], now[2] - then[2]};
      }).filter(row -> (long) row[1] + (long) row[2] + (long) row[3] > 0)
          .sorted((a, b) -> Long.compare((long) b[1] + (long) b[2] + (long) b[3], (long) a[1] + (long) a[2] + (long) a[3]))
          .limit(count).map(row -> row[0] + " " + row[1] + "/" + row[2] + "/" + row[3])
          .collect(java.util.stream.Collectors.joining(", "));
    }

    double walKibSince(Snapshot before) {
      return (walBytes - before.walBytes) / 1024.0;
    }
  }

  String url(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  Connection connect(String database) throws SQLException {
    return DriverManager.getConnection(url(database), user, password);
  }

  void recreate(String database) throws SQLException {
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
      s.execute("create database " + database);
    }
  }

  boolean exists(String database) throws SQLException {
    try (Connection c = connect("postgres"); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select count(*) from pg_database where datname = '" + database + "'")) {
      r.next();
      return r.getLong(1) > 0;
    }
  }

  void drop(String database) throws SQLException {
    try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
      s.execute("drop database if exists " + database + " with (force)");
    }
  }

  String setting(String name) throws SQLException {
    try (Connection c = connect("postgres"); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select current_setting('" + name + "')")) {
      r.next();
      return r.getString(1);
    }
  }

  /** A snapshot after the statistics of every backend have reached the shared counters. */
  Snapshot snapshot(String database) throws SQLException, InterruptedException {
    Thread.sleep(STATS_FLUSH_MILLIS);
    try (Connection c = connect(database); Statement s = c.createStatement()) {
      Map<String, long[]> tables = new HashMap<>();
      try (ResultSet r = s.executeQuery("select relname, n_tup_ins, n_tup_upd, n_tup_del from pg_stat_user_tables")) {
        while (r.next()) {
          tables.put(r.getString(1).toLowerCase(), new long[] {r.getLong(2), r.getLong(3), r.getLong(4)});
        }
      }
      try (ResultSet r = s.executeQuery("select pg_wal_lsn_diff(pg_current_wal_insert_lsn(), '0/0')::bigint")) {
        r.next();
        return new Snapshot(r.getLong(1), tables);
      }
    }
  }

  long count(String database, String sql) throws SQLException {
    try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  List<Double> doubles(String database, String sql) throws SQLException {
    List<Double> values = new ArrayList<>();
    try (Connection c = connect(database); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
      while (r.next()) {
        values.add(r.getDouble(1));
      }
    }
    return values;
  }

  /** pgbench's TPC-B-like load on a database of its own: 8 clients on 2 threads for the given seconds. */
  double pgbenchTps(int seconds) throws IOException, InterruptedException, SQLException {
    String database = "alur_bench_pgbench";
    recreate(database);
    run(List.of("pgbench", "-i", "-q", "-s", "10", database));
    String out = run(List.of("pgbench", "-c", "8", "-j", "2", "-T", String.valueOf(seconds), "-n", database));
    drop(database);
    Matcher tps = Pattern.compile("tps = ([0-9.]+)").matcher(out);
    if (!tps.find()) {
      throw new IllegalStateException("pgbench printed no tps: " + out);
    }
    return Double.parseDouble(tps.group(1));
  }

  private String run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(Map.of("PGHOST", host, "PGPORT", port, "PGUSER", user, "PGPASSWORD", password));
    Process process = builder.start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + out);
    }
    return out;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
