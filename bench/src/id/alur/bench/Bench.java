package id.alur.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;

/**
 * The benchmark, start to end (see bench/README.md): pgbench, the bare engine, Alur's embedded default, then Alur on
 * PostgreSQL filled by the engine's API and loaded over HTTP; the figures are printed last.
 */
public final class Bench {

  private static final String ALUR_DB = "alur_bench";
  private static final String ENGINE_DB = "alur_bench_engine";
  private static final String PASSWORD = "Alur#Demo2026";
  private static final int PORT = 18080;

  private final Options options;
  private final Postgres postgres = new Postgres();
  private final Figures figures = new Figures();

  record Options(Path jar, Path config, int openTasks, int finishedCases, int smallOpenTasks, int warmUpSeconds,
      int loadSeconds, int engineSeconds, int timers, int queuedJobs, int pgbenchSeconds, String size) {

    boolean loadOnly() {
      return "load-only".equals(size);
    }

    boolean slaOnly() {
      return "sla-only".equals(size);
    }

    static Options parse(String[] args) {
      Path jar = null;
      String size = "default";
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--jar" -> jar = Path.of(args[++i]);
          case "--full" -> size = "full";
          case "--smoke" -> size = "smoke";
          case "--load-only" -> size = "load-only";
          case "--sla-only" -> size = "sla-only";
          default -> throw new IllegalArgumentException("unknown option " + args[i]
              + " (bench/run [--full | --smoke | --load-only | --sla-only])");
        }
      }
      Path config = Path.of("src/main/resources/application.yaml");
      return switch (size) {
        // The load is measured after three minutes of it: on two cores the JIT compiler is still compiling the
        // request paths after one (20 s of warm-up measured about 30% fewer completions than 180 s, bench/README.md).
        case "full" -> new Options(jar, config, 1_000_000, 1_000_000, 10_000, 180, 120, 60, 1_000, 10_000, 30, size);
        case "smoke" -> new Options(jar, config, 2_000, 2_000, 500, 20, 15, 10, 100, 1_000, 5, size);
        case "load-only" -> new Options(jar, config, 0, 0, 0, 180, 60, 0, 0, 0, 0, size);
        case "sla-only" -> new Options(jar, config, 0, 0, 0, 0, 0, 0, 1_000, 10_000, 0, size);
        default -> new Options(jar, config, 100_000, 100_000, 10_000, 180, 120, 60, 1_000, 10_000, 30, size);
      };
    }
  }

  private Bench(Options options) {
    this.options = options;
  }

  public static void main(String[] args) throws Exception {
    Bench bench = new Bench(Options.parse(args));
    try {
      bench.run();
    } finally {
      bench.figures.print();
    }
    System.exit(bench.figures.allPassed() ? 0 : 1);
  }

  private void run() throws Exception {
    describeRun();
    if (options.loadOnly()) {
      // The city's load alone, on the database of an earlier run (to profile Alur with BENCH_ALUR_JAVA_OPTS).
      Path work = Files.createTempDirectory("alur-bench-load");
      try (AlurServer server = startOnPostgres(work, List.of())) {
        loadTheCity(new CityLoad(server.baseUrl, PASSWORD, alurSetting("payment-secret"), opds(),
            this::waitingTasks));
      } finally {
        deleteTree(work);
      }
      return;
    }
    if (options.slaOnly()) {
      // The SLA timers behind a queue alone, on the database of an earlier run (to tune the job executor).
      // Alur's first start makes the schema when there is no earlier run's database.
      Path work = Files.createTempDirectory("alur-bench-sla");
      if (!postgres.exists(ALUR_DB)) {
        postgres.recreate(ALUR_DB);
      }
      ProcessEngine engine = null;
      try {
        SlaProbe.Result tuned;
        SlaProbe sla;
        try (AlurServer server = startOnPostgres(work, List.of())) {
          engine = Engines.onAlur(postgres, ALUR_DB, alurSetting("history-level"),
              alurSetting("history-removal-time-strategy"));
          sla = new SlaProbe(engine, postgres, ALUR_DB);
          sla.deploy();
          tuned = slaRound(sla, "Alur's acquisition settings");
        }
        try (AlurServer server = startOnPostgres(work, DEFAULT_ACQUISITION)) {
          slaFigures(tuned, slaRound(sla, "the engine's default acquisition"));
        }
      } finally {
        if (engine != null) {
          engine.close();
        }
        deleteTree(work);
      }
      return;
    }
    step("pgbench TPC-B, " + options.pgbenchSeconds + " s");
    figures.add("pg_tpcb_tps", postgres.pgbenchTps(options.pgbenchSeconds), "tps");

    step("bare engine, 8 threads, " + options.engineSeconds + " s");
    BareEngineLoad.Result bare = new BareEngineLoad(postgres).run(ENGINE_DB, 8, 10, options.engineSeconds);
    figures.add("engine_task_completions_per_s", bare.completionsPerSecond(), "tasks/s");
    figures.add("engine_wal_kib_per_task", bare.walKibPerTask(), "KiB");
    figures.add("engine_row_writes_per_task", bare.rowWritesPerTask(), "rows");
    bareEngineSla();

    step("Alur's embedded default (H2): start");
    Path embedded = Files.createTempDirectory("alur-bench-embedded");
    try (AlurServer server = AlurServer.start(options.jar, embedded, PORT, shippedJvmArguments(), List.of())) {
      figures.atMost("startup_s", server.startupSeconds, "s", 20);
      figures.add("rss_mb_after_start", server.rssMb(), "MiB");
    } finally {
      deleteTree(embedded);
    }

    postgres.recreate(ALUR_DB);
    Path work = Files.createTempDirectory("alur-bench-postgres");
    step("Alur on PostgreSQL: start");
    AlurServer server = startOnPostgres(work, List.of());
    ProcessEngine filler = Engines.onAlur(postgres, ALUR_DB, alurSetting("history-level"),
        alurSetting("history-removal-time-strategy"));
    List<String> opds = opds();
    CityLoad city = new CityLoad(server.baseUrl, PASSWORD, alurSetting("payment-secret"), opds, this::waitingTasks);
    try {
      fillAndProbeTasklist(filler, city, opds);
      loadTheCity(city);
      auditTimeline(city);
      SlaProbe sla = new SlaProbe(filler, postgres, ALUR_DB);
      sla.deploy();
      SlaProbe.Result tuned = slaRound(sla, "Alur's acquisition settings");
      figures.atMost("rss_mb", server.rssMb(), "MiB", 768);
      cleanup(city);
      server.close();

      server = startOnPostgres(work, DEFAULT_ACQUISITION);
      slaFigures(tuned, slaRound(sla, "the engine's default acquisition"));
    } finally {
      server.close();
      filler.close();
      System.out.println("  Alur's log of the PostgreSQL run: " + server.log);
    }
  }

  /** Open tasks of the load's two processes, for the citizens' pace (by the task table's process index). */
  private long waitingTasks() {
    try {
      return postgres.count(ALUR_DB, "select count(*) from act_ru_task where proc_def_id_ in (select id_ from"
          + " act_re_procdef where key_ in ('" + CityLoad.COMPLAINTS + "', '" + CityLoad.PERMITS + "'))");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static final List<String> DEFAULT_ACQUISITION = List.of(
      "--camunda.bpm.generic-properties.properties.job-executor-prefer-timer-jobs=false",
      "--camunda.bpm.generic-properties.properties.job-executor-acquire-by-due-date=false");

  /** One round of the SLA probe on the Alur now running, whose acquisition {@code settings} name. */
  private SlaProbe.Result slaRound(SlaProbe sla, String settings) throws Exception {
    step("SLA timers behind a queue, " + settings);
    return sla.run(options.timers, options.queuedJobs, leadMillis());
  }

  /**
   * The same deadlines behind the same queue, worked by the bare engine's own job executor with its defaults, on a
   * fresh database of its own: what Alur's SLA figures stand beside.
   */
  private void bareEngineSla() throws Exception {
    step("bare engine: SLA timers behind a queue, its job executor's defaults");
    postgres.recreate(ENGINE_DB);
    ProcessEngine engine = Engines.bareWithJobExecutor(postgres, ENGINE_DB);
    try {
      SlaProbe sla = new SlaProbe(engine, postgres, ENGINE_DB);
      sla.deploy();
      SlaProbe.Result result = sla.run(options.timers, options.queuedJobs, leadMillis());
      figures.add("engine_sla_on_time_share", result.onTimeShare(), "share");
      figures.add("engine_sla_lateness_p95_s", result.p95LatenessSeconds(), "s");
      figures.add("engine_queue_jobs_per_s", result.queueJobsPerSecond(), "jobs/s");
    } finally {
      engine.close();
    }
  }

  private void slaFigures(SlaProbe.Result tuned, SlaProbe.Result plain) {
    figures.atLeast("sla_on_time_share", tuned.onTimeShare(), "share", 0.99);
    figures.add("sla_lateness_p95_s", tuned.p95LatenessSeconds(), "s");
    figures.add("sla_on_time_share_default_acquisition", plain.onTimeShare(), "share");
    figures.add("queue_jobs_per_s", tuned.queueJobsPerSecond(), "jobs/s");
    figures.add("queue_jobs_per_s_default_acquisition", plain.queueJobsPerSecond(), "jobs/s");
    figures.atLeast("backlog_drain_ratio", tuned.queueJobsPerSecond() / plain.queueJobsPerSecond(), "ratio", 0.9);
  }

  private static void deleteTree(Path root) throws java.io.IOException {
    try (var paths = Files.walk(root)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  private AlurServer startOnPostgres(Path work, List<String> extra) throws Exception {
    List<String> arguments = new ArrayList<>(List.of(
        "--spring.profiles.active=postgres",
        "--spring.datasource.url=" + postgres.url(ALUR_DB),
        "--spring.datasource.username=" + postgres.user,
        "--spring.datasource.password=" + postgres.password,
        // Citizens reach a city from many addresses; here they all come from one.
        "--alur.http.public-requests-per-minute=100000000",
        "--alur.http.payment-callbacks-per-minute=100000000"));
    arguments.addAll(extra);
    String more = System.getenv("BENCH_ALUR_ARGS");
    if (more != null && !more.isBlank()) {
      // Settings to try (bench/README.md): an experiment, never a measured run.
      arguments.addAll(List.of(more.trim().split("\\s+")));
    }
    AlurServer server = AlurServer.start(options.jar, work, PORT, javaOptions(), arguments);
    System.out.printf("  healthy after %.1f s%n", server.startupSeconds);
    return server;
  }

  /** JVM options for Alur on PostgreSQL: those it ships with, then BENCH_ALUR_JAVA_OPTS (to profile it, say). */
  private List<String> javaOptions() throws Exception {
    List<String> jvm = new ArrayList<>(shippedJvmArguments());
    String options = System.getenv("BENCH_ALUR_JAVA_OPTS");
    if (options != null && !options.isBlank()) {
      jvm.addAll(List.of(options.trim().split("\\s+")));
    }
    return jvm;
  }

  /** The JVM options Alur runs with (pom.xml's alur.jvm.arguments: what spring-boot:run and the Dockerfile use). */
  private static List<String> shippedJvmArguments() throws Exception {
    String arguments = pomProperty("alur.jvm.arguments");
    return arguments.isBlank() ? List.of() : List.of(arguments.trim().split("\\s+"));
  }

  /** The environment Alur runs with (pom.xml's alur.malloc.arena.max, as spring-boot:run and the Dockerfile set it). */
  static Map<String, String> shippedEnvironment() throws Exception {
    return Map.of("MALLOC_ARENA_MAX", pomProperty("alur.malloc.arena.max").trim());
  }

  private static String pomProperty(String name) throws Exception {
    Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]*)</" + Pattern.quote(name) + ">").matcher(
        Files.readString(Path.of("pom.xml")));
    if (!m.find()) {
      throw new IllegalStateException(name + " not in pom.xml");
    }
    return m.group(1);
  }

  private void fillAndProbeTasklist(ProcessEngine filler, CityLoad city, List<String> opds) throws Exception {
    Filler fill = new Filler(filler, groups(opds));
    fill.deploy();
    List<String> clerks = opds.stream().limit(10).map(opd -> "clerk." + opd).toList();
    TasklistProbe tasklist = new TasklistProbe(city, clerks);
    step("filling " + options.smallOpenTasks + " open tasks");
    fill.openTasksUpTo(options.smallOpenTasks);
    awaitFreshStatistics();
    double small = tasklist.p95(200);
    figures.add("tasklist_page_p95_ms_at_" + options.smallOpenTasks, small, "ms");
    long started = System.nanoTime();
    step("filling " + options.openTasks + " open tasks");
    fill.openTasksUpTo(options.openTasks);
    step("filling " + options.finishedCases + " finished cases");
    fill.finishedCases(options.finishedCases);
    System.out.printf("  filled in %.0f s%n", (System.nanoTime() - started) / 1e9);
    awaitFreshStatistics();
    step("Tugas OPD saya at " + options.openTasks + " open tasks (" + tasklist.count(clerks.get(0))
        + " of them " + clerks.get(0) + "'s)");
    double full = tasklist.p95(200);
    figures.atMost("tasklist_page_p95_ms", full, "ms", 50);
    figures.atMost("tasklist_scaling", full / small, "ratio", 3);
  }

  /**
   * Waits (at most ten minutes) until Alur's own upkeep (id.alur.database.TableUpkeep, every minute) has analysed
   * and vacuumed the tasklist's tables after a fill: a city's tables never grow by thousands of rows in a minute,
   * this harness's do, and a tasklist measured before the upkeep caught up would measure the harness.
   */
  private void awaitFreshStatistics() throws Exception {
    long deadline = System.nanoTime() + 600_000_000_000L;
    // The thresholds of TableUpkeep's defaults (alur.database.analyze-min-rows, analyze-share).
    String stale = "select count(*) from pg_stat_user_tables where relname in ('act_ru_task', 'act_ru_identitylink',"
        + " 'alur_task_queue') and (n_mod_since_analyze > greatest(500, n_live_tup * 0.05)"
        + " or n_ins_since_vacuum > greatest(500, n_live_tup * 0.05))";
    long started = System.nanoTime();
    while (postgres.count(ALUR_DB, stale) > 0 && System.nanoTime() < deadline) {
      Thread.sleep(2_000);
    }
    System.out.printf("  Alur's upkeep caught up with the fill after %.0f s%n", (System.nanoTime() - started) / 1e9);
  }

  private double historyRowsPerSecond = Double.NaN;

  private void loadTheCity(CityLoad city) throws Exception {
    step("citizens file the first cases");
    CityLoad.Tally warm = new CityLoad.Tally();
    for (int i = 0; i < 4 * city.deskCount(); i++) {
      city.submitOne(warm);
    }
    step("warm-up: 8 clerks, " + options.warmUpSeconds + " s");
    runLoad(city, warm, options.warmUpSeconds);
    Postgres.Snapshot before = postgres.snapshot(ALUR_DB);
    step("city load: 8 clerks, " + options.loadSeconds + " s");
    CityLoad.Tally tally = new CityLoad.Tally();
    runLoad(city, tally, options.loadSeconds);
    Postgres.Snapshot after = postgres.snapshot(ALUR_DB);
    long tasks = tally.completions.get();
    System.out.printf("  %d tasks completed, %d cases submitted, %d refused calls %s%n", tasks,
        tally.submissions.get(), tally.failures.get(), tally.lastFailure);
    System.out.println("  rows written (inserted/updated/deleted): " + after.busiestSince(before, 15));
    double perSecond = tasks / (double) options.loadSeconds;
    figures.add("task_completions_per_s", perSecond, "tasks/s");
    figures.atLeast("alur_vs_engine", perSecond / figures.value("engine_task_completions_per_s"), "ratio", 1.0);
    double wal = after.walKibSince(before) / tasks;
    figures.add("wal_kib_per_task", wal, "KiB");
    figures.add("row_writes_per_task", after.rowWritesSince(before) / (double) tasks, "rows");
    figures.atMost("wal_vs_engine", wal / figures.value("engine_wal_kib_per_task"), "ratio", 0.6);
    figures.atMost("task_complete_p95_ms", tally.complete.p95(), "ms", 50);
    figures.add("load_refused_calls", tally.failures.get(), "calls");
    historyRowsPerSecond = after.insertsSince(before, "act_hi_") / (double) options.loadSeconds;
    figures.add("history_rows_per_s_under_load", historyRowsPerSecond, "rows/s");
  }

  private static void runLoad(CityLoad city, CityLoad.Tally tally, int seconds) throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> threads = city.start(8, stop, tally);
    Thread.sleep(seconds * 1000L);
    stop.set(true);
    for (Thread thread : threads) {
      thread.join();
    }
  }

  private void auditTimeline(CityLoad city) {
    step("the auditor's case timeline, full history loaded");
    Http auditor = city.staff("auditor");
    List<String> numbers = new ArrayList<>(city.accessCodes.keySet());
    Latencies latencies = new Latencies();
    for (int i = -1; i < 200; i++) {
      String number = numbers.get(Math.floorMod(i * 7919, numbers.size()));
      long started = System.nanoTime();
      Http.Reply dossier = auditor.get("/api/audit/cases/" + number);
      if (i >= 0) {
        latencies.record(started);
      }
      dossier.expect(200, "timeline of " + number);
    }
    figures.atMost("audit_timeline_p95_ms", latencies.p95(), "ms", 100);
  }

  /** Runs the nightly history cleanup now, and how fast it deletes what has passed its removal time. */
  private void cleanup(CityLoad city) throws Exception {
    step("history cleanup of the finished cases");
    List<String> tables = historyTables();
    long removable = removableRows(tables);
    long started = System.nanoTime();
    city.staff("admin").post("/engine-rest/history/cleanup?immediatelyDue=true", "").expect(200, "cleanup");
    long left = removable;
    long deadline = System.nanoTime() + 900_000_000_000L;
    while (left > 0 && System.nanoTime() < deadline) {
      Thread.sleep(2_000);
      left = removableRows(tables);
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    double perSecond = (removable - left) / seconds;
    System.out.printf("  %d of %d history rows deleted in %.0f s%n", removable - left, removable, seconds);
    figures.add("cleanup_rows_per_s", perSecond, "rows/s");
    figures.atLeast("cleanup_headroom", perSecond / historyRowsPerSecond, "ratio", 3);
  }

  private List<String> historyTables() throws Exception {
    List<String> tables = new ArrayList<>();
    try (var c = postgres.connect(ALUR_DB); var s = c.createStatement(); var r = s.executeQuery(
        "select table_name from information_schema.columns where table_schema = 'public'"
            + " and table_name like 'act_hi_%' and column_name = 'removal_time_'")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    return tables;
  }

  private long removableRows(List<String> tables) throws Exception {
    long sum = 0;
    for (String table : tables) {
      sum += postgres.count(ALUR_DB, "select count(*) from " + table + " where removal_time_ <= now()");
    }
    return sum;
  }

  private long leadMillis() {
    return 20_000 + options.queuedJobs * 4L;
  }

  /** The city's OPDs, as Alur seeds them (their codes are also their staff groups). */
  private static List<String> opds() throws Exception {
    return Files.readAllLines(Path.of("src/main/resources/db/changelog/identity/opd-tangsel.csv")).stream().skip(1)
        .filter(line -> !line.isBlank()).map(line -> line.substring(0, line.indexOf(','))).toList();
  }

  /** The 25 groups filler tasks wait in: the OPDs' staff groups and the complaint coordinator. */
  private static List<String> groups(List<String> opds) {
    List<String> groups = new ArrayList<>(opds);
    groups.add("coordinator");
    return groups;
  }

  private String alurSetting(String key) throws Exception {
    Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(key) + ":\\s*\"?([^\"\\s#]+)").matcher(
        Files.readString(options.config));
    if (!m.find()) {
      throw new IllegalStateException(key + " not in " + options.config);
    }
    return m.group(1);
  }

  private void describeRun() throws Exception {
    var os = ManagementFactory.getOperatingSystemMXBean();
    String cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
        .findFirst().map(l -> l.replaceFirst(".*:\\s*", "")).orElse("?");
    long memKb = Files.readAllLines(Path.of("/proc/meminfo")).stream().filter(l -> l.startsWith("MemTotal"))
        .map(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0L);
    figures.context("date " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS));
    figures.context("machine " + os.getAvailableProcessors() + " cores (" + cpu + "), " + memKb / 1024 / 1024
        + " GiB, " + os.getName() + " " + os.getVersion() + ", Java " + System.getProperty("java.version"));
    figures.context("postgres " + postgres.setting("server_version") + " at " + postgres.host + ":" + postgres.port
        + ", synchronous_commit=" + postgres.setting("synchronous_commit") + ", fsync=" + postgres.setting("fsync")
        + ", shared_buffers=" + postgres.setting("shared_buffers"));
    figures.context("size " + options.size + ": " + options.openTasks + " open tasks, " + options.finishedCases
        + " finished cases, load " + options.loadSeconds + " s with 8 clerks after " + options.warmUpSeconds
        + " s of warm-up, " + options.timers + " timers behind " + options.queuedJobs + " queued jobs");
    figures.context("alur history-level=" + alurSetting("history-level") + ", history-removal-time-strategy="
        + alurSetting("history-removal-time-strategy") + ", JVM " + String.join(" ", shippedJvmArguments())
        + ", MALLOC_ARENA_MAX=" + shippedEnvironment().get("MALLOC_ARENA_MAX"));
    for (String experiment : List.of("BENCH_ALUR_ARGS", "BENCH_ALUR_JAVA_OPTS")) {
      if (System.getenv(experiment) != null && !System.getenv(experiment).isBlank()) {
        figures.context("experiment " + experiment + "=" + System.getenv(experiment));
      }
    }
    if (!"on".equals(postgres.setting("synchronous_commit"))) {
      throw new IllegalStateException("synchronous_commit is not on: no figure may be bought with lost data");
    }
  }

  private static void step(String what) {
    System.out.println("[" + OffsetDateTime.now().toLocalTime().truncatedTo(ChronoUnit.SECONDS) + "] " + what);
  }
}
