package id.alur.bench;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Alur as a city runs it: {@code java -jar} of the built application, on its embedded defaults or on the run's
 * PostgreSQL. It knows how long it took to answer its health check and how much memory it holds.
 */
final class AlurServer implements AutoCloseable {

  private final Process process;
  private final long startedNanos;
  final String baseUrl;
  final Path log;
  double startupSeconds = Double.NaN;

  private AlurServer(Process process, long startedNanos, String baseUrl, Path log) {
    this.process = process;
    this.startedNanos = startedNanos;
    this.baseUrl = baseUrl;
    this.log = log;
  }

  /**
   * Starts the jar in {@code workDir} (its ./data/ is the embedded database) with the given JVM options and
   * Spring arguments and waits until {@code /actuator/health} answers UP.
   */
  static AlurServer start(Path jar, Path workDir, int port, List<String> jvmOptions, List<String> arguments)
      throws Exception {
    Files.createDirectories(workDir);
    Path log = workDir.resolve("alur.log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.add("--server.port=" + port);
    command.addAll(arguments);
    long started = System.nanoTime();
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
        .redirectOutput(log.toFile());
    builder.environment().putAll(Bench.shippedEnvironment());
    Process process = builder.start();
    AlurServer server = new AlurServer(process, started, "http://localhost:" + port, log);
    server.awaitHealthy(Duration.ofMinutes(3));
    return server;
  }

  private void awaitHealthy(Duration limit) throws InterruptedException, IOException {
    HttpClient client = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Alur stopped while starting; see " + log);
      }
      try {
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
            .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
          startupSeconds = (System.nanoTime() - startedNanos) / 1e9;
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("Alur did not become healthy within " + limit + "; see " + log);
  }

  /** Resident memory of the JVM in MiB, from /proc (Linux). */
  double rssMb() throws IOException {
    for (String line : Files.readAllLines(new File("/proc/" + process.pid() + "/status").toPath())) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
      }
    }
    return Double.NaN;
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }
}
