package id.alur.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A city's day on Alur's HTTP APIs. Citizens submit complaints and PBG applications through {@code /api/public};
 * clerks and heads of the OPDs, and the complaint coordinator, list their group's open tasks and complete them with
 * the values their forms send; the payment channel posts signed callbacks for SKRDs; citizens give the last word on
 * answered complaints. A desk is one user and one group; every clerk thread goes round all desks.
 */
final class CityLoad {

  static final String COMPLAINTS = "ComplaintHandlingProcess";
  static final String PERMITS = "PermitApplicationProcess";
  private static final byte[] PDF = "%PDF-1.4\n% KTP pemohon\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
  private static final Pattern SKRD = Pattern.compile("SKRD-\\d{4}-\\d{6}");

  record Desk(String user, String group) {
  }

  /** Completed tasks, refused calls and latencies of one measured stretch. */
  static final class Tally {
    final AtomicLong completions = new AtomicLong();
    final AtomicLong failures = new AtomicLong();
    final AtomicLong submissions = new AtomicLong();
    final Latencies complete = new Latencies();
    final Latencies audit = new Latencies();
    final Map<String, String> lastFailure = new ConcurrentHashMap<>();
  }

  private final String baseUrl;
  private final String password;
  private final byte[] paymentSecret;
  private final List<String> opds;
  private final List<Desk> desks = new ArrayList<>();
  /** tracking number -> access code, for the citizens' status reads and last word. */
  final Map<String, String> accessCodes = new ConcurrentHashMap<>();
  private final AtomicLong serial = new AtomicLong();
  private final LongSupplier waitingTasks;

  /**
   * {@code waitingTasks} tells how many tasks of the two processes are open: the harness's own bookkeeping, read
   * from the database so that it does not count as the city's load.
   */
  CityLoad(String baseUrl, String password, String paymentSecret, List<String> opds, LongSupplier waitingTasks) {
    this.baseUrl = baseUrl;
    this.waitingTasks = waitingTasks;
    this.password = password;
    this.paymentSecret = paymentSecret.getBytes(StandardCharsets.UTF_8);
    this.opds = opds;
    desks.add(new Desk("coordinator", "coordinator"));
    for (String opd : opds) {
      desks.add(new Desk("clerk." + opd, opd));
      desks.add(new Desk("head." + opd, opd + "-head"));
    }
  }

  int deskCount() {
    return desks.size();
  }

  Http staff(String user) {
    return new Http(baseUrl, user, password);
  }

  /** One citizen's submission: four complaints for every PBG application. */
  boolean submitOne(Tally tally) {
    Http citizen = new Http(baseUrl, null, null);
    long n = serial.incrementAndGet();
    Http.Reply reply;
    if (n % 5 == 0) {
      String application = """
          {"permitType": "PBG_UMUM", "applicantName": "Pemohon %d", "applicantNik": "36740112038%05d",
           "applicantEmail": "pemohon%d@example.id", "applicantPhone": "0812-1111-2222",
           "objectDescription": "Ruko dua lantai nomor %d", "objectLocation": "Jl. Raya Serpong Km 7, Serpong"}"""
          .formatted(n, n % 100000, n, n);
      reply = citizen.multipart("/api/public/permits", List.of(Http.Part.json("application", application),
          new Http.Part("documents", "ktp.pdf", "application/pdf", PDF)));
    } else {
      String complaint = """
          {"category": "sampah", "description": "Sampah menumpuk di pinggir jalan, laporan nomor %d",
           "kecamatan": "Pamulang", "kelurahan": "Pondok Cabe Udik", "latitude": -6.3425, "longitude": 106.7378,
           "complainantName": "Warga %d", "complainantPhone": "0812-9999-8888"}""".formatted(n, n);
      reply = citizen.multipart("/api/public/complaints", List.of(Http.Part.json("complaint", complaint),
          new Http.Part("photos", "tumpukan.png", "image/png", PNG)));
    }
    if (reply.status() != 201) {
      failed(tally, "submission", reply);
      return false;
    }
    JsonNode body = reply.json();
    accessCodes.put(body.path("trackingNumber").asText(), body.path("accessCode").asText());
    tally.submissions.incrementAndGet();
    return true;
  }

  /**
   * Runs {@code clerks} clerk threads and one citizen thread until {@code stop} is set. The citizen keeps the
   * clerks' queues filled: it submits while fewer than {@code backlogPerDesk} workload tasks wait per desk.
   */
  List<Thread> start(int clerks, AtomicBoolean stop, Tally tally) {
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clerks; c++) {
      int clerk = c;
      threads.add(new Thread(() -> {
        List<Desk> order = new ArrayList<>(desks);
        while (!stop.get()) {
          java.util.Collections.shuffle(order);
          for (Desk desk : order) {
            if (stop.get()) {
              return;
            }
            workDesk(desk, clerk, clerks, tally, stop);
          }
        }
      }, "clerk-" + c));
    }
    Thread citizens = new Thread(() -> {
      while (!stop.get()) {
        if (waitingTasks.getAsLong() < 8L * desks.size()) {
          for (int i = 0; i < 10 && !stop.get(); i++) {
            submitOne(tally);
          }
        } else {
          sleepQuietly(200);
        }
      }
    }, "citizens");
    threads.add(citizens);
    threads.forEach(Thread::start);
    return threads;
  }

  /**
   * Lists the desk's open workload tasks, soonest due first, and completes those that fall to this clerk thread (by
   * their id), so that two threads never reach for one task and none waits for a desk another one holds.
   */
  private void workDesk(Desk desk, int clerk, int clerks, Tally tally, AtomicBoolean stop) {
    Http http = staff(desk.user());
    Http.Reply list = http.get("/engine-rest/task?candidateGroups=" + desk.group() + "&processDefinitionKeyIn="
        + COMPLAINTS + "," + PERMITS + "&unassigned=true&sortBy=dueDate&sortOrder=asc&firstResult=0&maxResults=50");
    if (list.status() != 200) {
      failed(tally, "task list", list);
      return;
    }
    for (JsonNode task : list.json()) {
      if (stop.get()) {
        return;
      }
      String id = task.path("id").asText();
      if (Math.floorMod(id.hashCode(), clerks) != clerk) {
        continue;
      }
      String key = task.path("taskDefinitionKey").asText();
      String variables = variablesFor(key);
      if (variables == null) {
        continue;
      }
      String number = needsNumber(key) ? trackingNumber(http, id) : null;
      long started = System.nanoTime();
      Http.Reply done = http.post("/engine-rest/task/" + id + "/complete", "{\"variables\": " + variables + "}");
      if (done.status() != 204) {
        failed(tally, key, done);
        continue;
      }
      tally.complete.record(started);
      tally.completions.incrementAndGet();
      if ("UserTask_AssessFee".equals(key)) {
        pay(number, tally);
      } else if ("UserTask_CrossCheck".equals(key)) {
        confirm(number, tally);
      }
    }
  }

  private String variablesFor(String taskKey) {
    // The coordinator dispatches to any OPD but its own (Diskominfo).
    List<String> targets = opds.stream().filter(code -> !"diskominfo".equals(code)).toList();
    String opd = targets.get(ThreadLocalRandom.current().nextInt(targets.size()));
    return switch (taskKey) {
      case "UserTask_Verify" -> """
          {"verification": {"value": "dispatch"}, "dispatchOpd": {"value": "%s"}, "tier": {"value": "NORMATIF"}}"""
          .formatted(opd);
      case "UserTask_FirstResponse" -> "{\"firstResponse\": {\"value\": \"Petugas meninjau lokasi besok pagi\"}}";
      case "UserTask_Answer" -> "{\"answer\": {\"value\": \"Sampah sudah diangkut dan lokasi dibersihkan\"}}";
      case "UserTask_ApproveAnswer" -> "{\"answerApproval\": {\"value\": \"approve\"}}";
      case "UserTask_CrossCheck" -> "{\"crossCheck\": {\"value\": \"accept\"}}";
      case "UserTask_CheckCompleteness" -> "{\"completeness\": {\"value\": \"complete\"}}";
      case "UserTask_AcceptHandoff" -> "{\"handoffDecision\": {\"value\": \"accept\"}}";
      case "UserTask_TechnicalReview" -> """
          {"technicalRecommendation": {"value": "recommend"}, "technicalNotes": {"value": "KDB 60%, KLB 1,2 sesuai"}}""";
      case "UserTask_FieldSurvey" -> """
          {"siteFindings": {"value": "Lahan sesuai gambar rencana"}, "siteSuitable": {"value": "yes"}}""";
      case "UserTask_AssessFee" -> """
          {"feeAmount": {"value": 2500000}, "feeBasis": {"value": "Perda retribusi PBG: 120 m2"}}""";
      case "UserTask_ApprovePermit" -> """
          {"approvalDecision": {"value": "approve"}, "permitConditions": {"value": "Sesuai gambar rencana"}}""";
      default -> null;
    };
  }

  private static boolean needsNumber(String taskKey) {
    return "UserTask_AssessFee".equals(taskKey) || "UserTask_CrossCheck".equals(taskKey);
  }

  private static String trackingNumber(Http http, String taskId) {
    Http.Reply reply = http.get("/engine-rest/task/" + taskId + "/variables/trackingNumber");
    return reply.status() == 200 ? reply.json().path("value").asText() : null;
  }

  /** The payment channel's signed settlement of the case's SKRD, which the citizen reads off the status page. */
  private void pay(String number, Tally tally) {
    String code = number == null ? null : accessCodes.get(number);
    if (code == null) {
      return;
    }
    Http anonymous = new Http(baseUrl, null, null);
    Http.Reply status = anonymous.get("/api/public/cases/" + number, "X-Access-Code", code);
    Matcher skrd = SKRD.matcher(status.body());
    if (!skrd.find()) {
      failed(tally, "SKRD on the status", status);
      return;
    }
    String body = "{\"skrdNumber\": \"" + skrd.group() + "\", \"amount\": 2500000, \"paymentReference\": \"TSP-"
        + serial.incrementAndGet() + "\", \"channel\": \"TangselPay\"}";
    Http.Reply paid = anonymous.post("/api/public/payments/callback", body, "X-Signature", sign(body));
    if (paid.status() != 200) {
      failed(tally, "payment callback", paid);
    }
  }

  private void confirm(String number, Tally tally) {
    String code = number == null ? null : accessCodes.get(number);
    if (code == null) {
      return;
    }
    Http.Reply closed = new Http(baseUrl, null, null).post("/api/public/cases/" + number + "/closure",
        "{\"decision\": \"confirm\", \"rating\": 5, \"comment\": \"Terima kasih\"}", "X-Access-Code", code);
    if (closed.status() != 200) {
      failed(tally, "closure", closed);
    }
  }

  private String sign(String body) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(paymentSecret, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void failed(Tally tally, String what, Http.Reply reply) {
    tally.failures.incrementAndGet();
    tally.lastFailure.put(what, reply.status() + " " + reply.body().substring(0, Math.min(300, reply.body().length())));
  }

  static void sleepQuietly(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
