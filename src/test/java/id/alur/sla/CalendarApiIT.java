package id.alur.sla;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.alur.PostgresIntegrationTest;
import id.alur.StaffHttp.Reply;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.TrackingNumber;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The calendar API and a live holiday change on PostgreSQL, through HTTP as staff and admins call it. */
class CalendarApiIT extends PostgresIntegrationTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @Autowired RuntimeService runtime;
  @Autowired ManagementService management;
  @Autowired TaskService tasks;
  @Autowired CaseRegistry cases;
  @Autowired CalendarStore calendar;
  @Autowired SlaClocks clocks;
  @Autowired org.camunda.bpm.engine.IdentityService identity;

  private static void assertBadField(Reply reply, String field) {
    assertThat(reply.status()).as(reply.body()).isEqualTo(400);
    assertThat(reply.json().path("field").asText()).isEqualTo(field);
    assertThat(reply.json().path("message").asText()).isNotBlank();
    assertThat(reply.json().path("messageEn").asText()).isNotBlank();
  }

  @Test
  @DisplayName("due instants in HK and JK, for the city or an OPD, answered with +07:00")
  void due() {
    Reply days = as("clerk.dcktr").get("/api/calendar/due?from=2026-03-17T10:00:00%2B07:00&amount=1&unit=HK");
    assertThat(days.status()).isEqualTo(200);
    assertThat(days.json().path("due").asText()).isEqualTo("2026-03-25T10:00:00+07:00");

    Reply hours = as("clerk.dcktr").get("/api/calendar/due?from=2026-11-27T08:00:00Z&amount=2&unit=jk&opd=dcktr");
    assertThat(hours.json().path("due").asText()).as("Fri 15:00 + 2 JK").isEqualTo("2026-11-30T08:00:00+07:00");

    Reply between = as("clerk.dcktr")
        .get("/api/calendar/working-time?from=2026-11-23T10:00:00%2B07:00&to=2026-11-25T12:00:00%2B07:00");
    assertThat(between.json().path("workingDays").asInt()).isEqualTo(2);
    assertThat(between.json().path("officeTime").asText()).isEqualTo("PT19H");
  }

  @Test
  @DisplayName("bad input is a 400 naming the field; no login is a 401")
  void badInput() {
    String from = "from=2026-11-24T10:00:00%2B07:00";
    assertBadField(as("clerk.dcktr").get("/api/calendar/due?" + from + "&amount=5&unit=DAYS"), "unit");
    assertBadField(as("clerk.dcktr").get("/api/calendar/due?" + from + "&amount=-1&unit=HK"), "amount");
    assertBadField(as("clerk.dcktr").get("/api/calendar/due?" + from + "&amount=lima&unit=HK"), "amount");
    assertBadField(as("clerk.dcktr").get("/api/calendar/due?" + from + "&amount=999999&unit=HK"), "amount");
    assertBadField(as("clerk.dcktr").get("/api/calendar/due?from=24-11-2026&amount=5&unit=HK"), "from");
    assertBadField(as("clerk.dcktr").get("/api/calendar/due?amount=5&unit=HK"), "from");
    assertBadField(as("clerk.dcktr").get("/api/calendar/due?" + from + "&unit=HK"), "amount");
    assertBadField(as("clerk.dcktr").get("/api/calendar/due?" + from + "&amount=5&unit=HK&opd=dinas-x"), "opd");
    assertBadField(as("clerk.dcktr").get("/api/calendar/holidays?year=20x6"), "year");
    assertBadField(as("admin").put("/api/calendar/holidays/2026-02-30", "{\"kind\":\"LIBUR\",\"name\":\"x\"}"),
        "date");
    assertBadField(as("admin").put("/api/calendar/holidays/2026-12-28", "{\"kind\":\"LIBURAN\",\"name\":\"x\"}"),
        "kind");
    assertBadField(as("admin").put("/api/calendar/holidays/2026-12-28", "{\"kind\":\"LIBUR\"}"), "name");
    assertBadField(as("admin").put("/api/calendar/holidays/2026-12-28",
        "{\"kind\":\"LIBUR\",\"name\":\"x\",\"status\":\"MAYBE\"}"), "status");
    assertBadField(as("admin").put("/api/calendar/holidays/2026-12-28",
        "{\"kind\":\"LIBUR\",\"name\":\"" + "x".repeat(201) + "\"}"), "name");
    assertBadField(as("admin").put("/api/calendar/holidays/2026-12-28", "{\"kind\":"), "body");
    assertThat(calendar.holiday(LocalDate.of(2026, 12, 28))).as("nothing half-written").isEmpty();
    assertThat(anonymous().get("/api/calendar/due?" + from + "&amount=5&unit=HK").status()).isEqualTo(401);
  }

  @Test
  @DisplayName("the holidays of a year, LIBUR and cuti bersama, confirmed and estimated apart")
  void holidays() {
    JsonNode year2026 = as("clerk.dcktr").get("/api/calendar/holidays?year=2026").json();
    assertThat(year2026.findValuesAsText("date")).contains("2026-03-20", "2026-03-21", "2026-12-24")
        .allMatch(date -> date.startsWith("2026-"));
    assertThat(year2026.get(0).path("kind").asText()).isEqualTo("LIBUR");
    JsonNode year2027 = as("clerk.dcktr").get("/api/calendar/holidays?year=2027").json();
    assertThat(year2027.findValuesAsText("status")).containsOnly("ESTIMATED");
  }

  @Test
  @DisplayName("only admins change holidays")
  void onlyAdmins() {
    String body = "{\"kind\":\"CUTI_BERSAMA\",\"name\":\"Cuti bersama\"}";
    assertThat(as("clerk.dcktr").put("/api/calendar/holidays/2026-12-28", body).status()).isEqualTo(403);
    assertThat(as("head.dcktr").delete("/api/calendar/holidays/2026-12-25").status()).isEqualTo(403);
    assertThat(as("auditor").put("/api/calendar/holidays/2026-12-28", body).status()).isEqualTo(403);
    assertThat(calendar.holiday(LocalDate.of(2026, 12, 28))).isEmpty();
    assertThat(calendar.holiday(LocalDate.of(2026, 12, 25))).isPresent();
    assertThat(as("admin").delete("/api/calendar/holidays/2026-12-29").status()).as("not a holiday").isEqualTo(404);
  }

  @Test
  @DisplayName("a holiday declared inside a running timer's window moves it, the task's due date and a clock by a day")
  void declaringAHolidayMovesTimers() {
    TrackingNumber number = cases.open("PRM", "dcktr", CaseStatus.DIAJUKAN);
    String waiting = runtime.startProcessInstanceByKey("SlaTimerTest", Map.of("opd", "dcktr", "wait", "7HK"))
        .getId();
    String clocked = clockedCase(number, "dcktr", "7HK");
    Instant timerDue = timer(waiting).getDuedate().toInstant();
    Instant taskDue = tasks.createTaskQuery().processInstanceId(waiting).singleResult().getDueDate().toInstant();
    // The third working day from now: inside both windows, and a working day by construction.
    CalendarSnapshot before = calendar.current();
    LocalDate declared = before.calendar().addWorkingDays(Instant.now(), 3, before.cityHours())
        .atZone(JAKARTA).toLocalDate();

    Reply put = as("admin").put("/api/calendar/holidays/" + declared,
        "{\"kind\":\"CUTI_BERSAMA\",\"name\":\"Cuti bersama (uji)\",\"status\":\"CONFIRMED\",\"source\":\"uji\"}");

    assertThat(put.status()).as(put.body()).isEqualTo(200);
    assertThat(put.json().path("timersMoved").asInt()).isEqualTo(1);
    assertThat(put.json().path("clocksMoved").asInt()).isEqualTo(1);
    CalendarSnapshot after = calendar.current();
    Instant expected = after.calendar().addWorkingDays(timerDue, 1, after.cityHours());
    assertThat(expected.atZone(JAKARTA).toLocalTime()).isEqualTo(timerDue.atZone(JAKARTA).toLocalTime());
    assertThat(timer(waiting).getDuedate()).isEqualTo(Date.from(expected));
    assertThat(tasks.createTaskQuery().processInstanceId(waiting).singleResult().getDueDate())
        .isEqualTo(Date.from(after.calendar().addWorkingDays(taskDue, 1, after.cityHours())));
    JsonNode tasklist = as("clerk.dcktr").get("/engine-rest/task?maxResults=10&processInstanceId=" + waiting).json();
    assertThat(java.time.OffsetDateTime.parse(tasklist.get(0).path("due").asText(),
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")).toInstant())
        .as("what Tasklist shows").isEqualTo(after.calendar().addWorkingDays(taskDue, 1, after.cityHours()));
    assertThat(as("clerk.dcktr").get("/api/calendar/holidays?year=" + declared.getYear()).json()
        .findValuesAsText("date")).contains(declared.toString());

    Reply removed = as("admin").delete("/api/calendar/holidays/" + declared);
    assertThat(removed.status()).isEqualTo(200);
    assertThat(timer(waiting).getDuedate()).as("back where it was").isEqualTo(Date.from(timerDue));

    runtime.deleteProcessInstance(waiting, "test done");
    runtime.deleteProcessInstance(clocked, "test done");
  }

  @Test
  @DisplayName("SLA events are exported for monitoring, to admins only")
  void metrics() {
    TrackingNumber number = cases.open("PRM", "dcktr", CaseStatus.DIAJUKAN);
    String clocked = clockedCase(number, "dcktr", "5HK");

    Reply scraped = as("admin").get("/actuator/prometheus");
    assertThat(scraped.status()).isEqualTo(200);
    assertThat(scraped.body()).containsPattern(
        "alur_sla_events_total\\{event=\"start\",opd=\"dcktr\",process=\"SlaClockTest\"} [1-9]");
    assertThat(as("clerk.dcktr").get("/actuator/prometheus").status()).isEqualTo(403);
    assertThat(anonymous().get("/actuator/prometheus").status()).isEqualTo(401);
    runtime.deleteProcessInstance(clocked, "test done");
  }

  @Test
  @DisplayName("an OPD made 24/7 counts weekends and every hour; its running clocks move, and back")
  void officeHours() {
    Reply city = as("clerk.dlh").get("/api/calendar/office-hours/dlh");
    assertThat(city.json().path("ownHours").asBoolean()).isFalse();
    assertThat(city.json().path("days").path("friday").asText()).isEqualTo("07:30-16:30");
    assertThat(city.json().path("days").has("saturday")).isFalse();

    TrackingNumber number = cases.open("ADU", "dlh", CaseStatus.DIAJUKAN);
    String clocked = clockedCase(number, "dlh", "8JK");
    SlaClock before = clocks.ofProcessInstance(clocked).get(0);

    assertThat(as("clerk.dlh").put("/api/calendar/office-hours/dlh", "{\"alwaysOpen\":true}").status())
        .isEqualTo(403);
    Reply allDay = as("admin").put("/api/calendar/office-hours/dlh", "{\"alwaysOpen\":true}");
    assertThat(allDay.status()).as(allDay.body()).isEqualTo(200);
    assertThat(allDay.json().path("hours").path("alwaysOpen").asBoolean()).isTrue();
    assertThat(clocks.ofProcessInstance(clocked).get(0).dueAt())
        .as("8 JK around the clock").contains(before.segmentStart().plus(java.time.Duration.ofHours(8)));
    assertThat(as("clerk.dlh").get("/api/calendar/due?from=2026-11-28T09:00:00%2B07:00&amount=1&unit=HK&opd=dlh")
        .json().path("due").asText()).as("Saturday + 1 HK").isEqualTo("2026-11-29T09:00:00+07:00");

    Reply saturdays = as("admin").put("/api/calendar/office-hours/dlh",
        "{\"days\":{\"saturday\":\"08:00-12:00\",\"friday\":\"\"},\"break\":\"12:00-13:00\"}");
    assertThat(saturdays.json().path("hours").path("days").path("saturday").asText()).isEqualTo("08:00-12:00");
    assertThat(saturdays.json().path("hours").path("days").has("friday")).as("closed").isFalse();
    assertThat(saturdays.json().path("hours").path("break").asText()).isEqualTo("12:00-13:00");

    assertThat(as("admin").delete("/api/calendar/office-hours/dlh").status()).isEqualTo(200);
    assertThat(clocks.ofProcessInstance(clocked).get(0).dueAt()).as("back to the city's hours")
        .isEqualTo(before.dueAt());
    assertThat(as("admin").delete("/api/calendar/office-hours/dlh").status()).isEqualTo(404);
    runtime.deleteProcessInstance(clocked, "test done");
  }

  @Test
  @DisplayName("bad office hours are a 400 naming the field, and change nothing")
  void badOfficeHours() {
    assertBadField(as("admin").put("/api/calendar/office-hours/dinkes", "{\"days\":{\"funday\":\"08:00-12:00\"}}"),
        "days.funday");
    assertBadField(as("admin").put("/api/calendar/office-hours/dinkes", "{\"days\":{\"monday\":\"16:00-08:00\"}}"),
        "days.monday");
    assertBadField(as("admin").put("/api/calendar/office-hours/dinkes", "{\"break\":\"noon\"}"), "break");
    assertBadField(as("admin").put("/api/calendar/office-hours/dinkes", "{\"days\":{\"monday\":\"\","
        + "\"tuesday\":\"\",\"wednesday\":\"\",\"thursday\":\"\",\"friday\":\"\"}}"), "days");
    assertThat(as("admin").put("/api/calendar/office-hours/dinas-x", "{\"alwaysOpen\":true}").status())
        .isEqualTo(404);
    assertThat(as("clerk.dinkes").get("/api/calendar/office-hours/dinkes").json().path("ownHours").asBoolean())
        .isFalse();
  }

  @Test
  @DisplayName("a case's SLA record: its clocks and who did what, for those who may read the case")
  void caseSlaRecord() {
    TrackingNumber number = cases.open("PRM", "dcktr", CaseStatus.DIAJUKAN);
    String clocked = clockedCase(number, "dcktr", "5HK");

    Reply record = as("head.dcktr").get("/api/cases/" + number.value() + "/sla");
    assertThat(record.status()).as(record.body()).isEqualTo(200);
    JsonNode clock = record.json().get(0);
    assertThat(clock.path("name").asText()).isEqualTo("Review");
    assertThat(clock.path("budget").asText()).isEqualTo("5HK");
    assertThat(clock.path("state").asText()).isEqualTo("RUNNING");
    assertThat(clock.path("dueAt").asText()).endsWith("+07:00");
    assertThat(clock.path("history").get(0).path("event").asText()).isEqualTo("START");
    assertThat(clock.path("history").get(0).path("actor").asText()).isEqualTo("clerk.dcktr");
    assertThat(as("auditor").get("/api/cases/" + number.value() + "/sla").status()).isEqualTo(200);
    assertThat(as("clerk.dinkes").get("/api/cases/" + number.value() + "/sla").status()).isEqualTo(403);
    assertBadField(as("clerk.dcktr").get("/api/cases/PRM-26-1/sla"), "trackingNumber");
    assertThat(as("clerk.dcktr").get("/api/cases/PRM-2026-999999/sla").status()).isEqualTo(404);
    runtime.deleteProcessInstance(clocked, "test done");
  }

  /** A case of {@code opd} whose file clerk.{@code opd} found complete: its clock Review runs. */
  private String clockedCase(TrackingNumber number, String opd, String budget) {
    String clocked = runtime.startProcessInstanceByKey("SlaClockTest", number.value(),
        Map.of("opd", opd, "budget", budget)).getId();
    cases.linkProcessInstance(number, clocked);
    String checkFile = tasks.createTaskQuery().processInstanceId(clocked).singleResult().getId();
    identity.setAuthentication("clerk." + opd, java.util.List.of(opd));
    try {
      tasks.complete(checkFile);
    } finally {
      identity.clearAuthentication();
    }
    return clocked;
  }

  private Job timer(String processInstanceId) {
    return management.createJobQuery().processInstanceId(processInstanceId).timers().singleResult();
  }
}
