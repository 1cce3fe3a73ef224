package id.alur.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import id.alur.PostgresIntegrationTest;
import id.alur.StaffHttp;
import id.alur.StaffHttp.Reply;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Tasklist's shared filters and its language, over the REST API Tasklist itself calls, on PostgreSQL. */
class TasklistIT extends PostgresIntegrationTest {

  private static final Map<String, String> HAL = Map.of("Accept", "application/hal+json",
      "Content-Type", "application/json");

  @Autowired TaskService tasks;

  /** A case of the test model, waiting at the DCKTR clerks' review; answers its task id. */
  private String reviewTask(String trackingNumber) {
    Reply started = as("admin").post("/engine-rest/process-definition/key/FormCheckTest/submit-form",
        "{\"variables\": {\"subject\": {\"value\": \"Perihal\"}, \"trackingNumber\": {\"value\": \""
            + trackingNumber + "\"}}}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    return tasks.createTaskQuery().processInstanceId(started.json().path("id").asText()).singleResult().getId();
  }

  private static Map<String, String> filterIds(StaffHttp staff) {
    Reply reply = staff.get("/engine-rest/filter?resourceType=Task&firstResult=0&maxResults=100");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    Map<String, String> ids = new java.util.LinkedHashMap<>();
    reply.json().forEach(filter -> ids.put(filter.path("name").asText(), filter.path("id").asText()));
    return ids;
  }

  /** The tasks of a filter as Tasklist lists them: id, then the tracking number column. */
  private static List<String> listed(StaffHttp staff, String filterName) {
    Reply reply = staff.send("POST", "/engine-rest/filter/" + filterIds(staff).get(filterName) + "/list?maxResults=50",
        HAL, "{}");
    assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    List<String> listed = new ArrayList<>();
    for (JsonNode task : reply.json().path("_embedded").path("task")) {
      String number = "";
      for (JsonNode variable : task.path("_embedded").path("variable")) {
        number = variable.path("name").asText().equals("trackingNumber") ? variable.path("value").asText() : number;
      }
      listed.add(task.path("id").asText() + " " + number);
    }
    return listed;
  }

  @Nested
  @DisplayName("shared filters")
  class Filters {

    @Test
    @DisplayName("every clerk has the four filters, in order; heads also have all of their OPD's tasks")
    void namesAndAudience() {
      assertThat(filterIds(as("clerk.dcktr")).keySet()).containsExactly("Tugas saya", "Tugas OPD saya",
          "Mendekati tenggat", "Lewat tenggat");
      assertThat(filterIds(as("head.dcktr")).keySet()).containsExactly("Tugas saya", "Tugas OPD saya",
          "Mendekati tenggat", "Lewat tenggat", "Semua tugas OPD");
      JsonNode properties = as("clerk.dcktr").get("/engine-rest/filter/" + filterIds(as("clerk.dcktr")).get("Tugas saya"))
          .json().path("properties");
      assertThat(properties.path("variables").get(0).path("label").asText()).isEqualTo("Nomor registrasi");
    }

    @Test
    @DisplayName("an unclaimed task is in 'Tugas OPD saya' with its tracking number; claimed, it moves to 'Tugas saya'")
    void mineAndMyOpd() {
      String task = reviewTask("PRM-2026-000501");
      StaffHttp clerk = as("clerk.dcktr");
      assertThat(listed(clerk, "Tugas OPD saya")).contains(task + " PRM-2026-000501");
      assertThat(listed(as("clerk.dinkes"), "Tugas OPD saya")).noneMatch(line -> line.startsWith(task));

      assertThat(clerk.post("/engine-rest/task/" + task + "/claim", "{\"userId\": \"clerk.dcktr\"}").status())
          .isEqualTo(204);

      assertThat(listed(clerk, "Tugas saya")).contains(task + " PRM-2026-000501");
      assertThat(listed(clerk, "Tugas OPD saya")).noneMatch(line -> line.startsWith(task));
      assertThat(listed(as("head.dcktr"), "Semua tugas OPD")).contains(task + " PRM-2026-000501");
    }

    @Test
    @DisplayName("asking by candidate group shows one's own group's tasks and never another group's, by list or count")
    void candidateGroupQueries() {
      String task = reviewTask("PRM-2026-000506");
      String byGroup = "/engine-rest/task?candidateGroups=dcktr&unassigned=true&firstResult=0&maxResults=2000";
      String countByGroup = "/engine-rest/task/count?candidateGroups=dcktr&unassigned=true";
      assertThat(as("clerk.dcktr").get(byGroup).json().findValuesAsText("id")).contains(task);
      long own = as("clerk.dcktr").get(countByGroup).json().path("count").asLong();
      assertThat(own).isPositive();

      assertThat(as("clerk.dinkes").get(byGroup).json()).as("another OPD asking for DCKTR's group").isEmpty();
      assertThat(as("clerk.dinkes").get(countByGroup).json().path("count").asLong()).isZero();
      assertThat(as("clerk.dinkes").get("/engine-rest/task?candidateGroups=dinkes,dcktr&firstResult=0&maxResults=2000")
          .json().findValuesAsText("id")).as("its own group beside another's").doesNotContain(task);
      assertThat(as("clerk.dinkes").get("/engine-rest/task?candidateGroupLike=dck%25&firstResult=0&maxResults=2000")
          .json().findValuesAsText("id")).doesNotContain(task);
      assertThat(as("head.dcktr").get(byGroup).json().findValuesAsText("id")).as("DCKTR's head, a member")
          .contains(task);

      Reply hal = as("clerk.dcktr").send("GET", byGroup + "&sortBy=dueDate&sortOrder=asc", HAL, null);
      assertThat(hal.json().path("count").asLong()).as("the HAL page carries the count").isEqualTo(own);
      assertThat(hal.json().path("_embedded").path("task").findValuesAsText("id")).contains(task);
      Reply wrongType = as("clerk.dcktr").get(byGroup + "&priority=tinggi");
      assertThat(wrongType.status()).isEqualTo(400);
      assertThat(wrongType.json().path("message").asText()).contains("'priority'");
    }

    @Test
    @DisplayName("due within a working day is 'Mendekati tenggat'; past due is 'Lewat tenggat'; later is neither")
    void deadlines() {
      String soon = reviewTask("PRM-2026-000502");
      String late = reviewTask("PRM-2026-000503");
      String later = reviewTask("PRM-2026-000504");
      tasks.setDueDate(soon, Date.from(Instant.now().plus(Duration.ofMinutes(5))));
      tasks.setDueDate(late, Date.from(Instant.now().minus(Duration.ofHours(1))));
      tasks.setDueDate(later, Date.from(Instant.now().plus(Duration.ofDays(30))));
      StaffHttp clerk = as("clerk.dcktr");

      List<String> dueSoon = listed(clerk, "Mendekati tenggat");
      List<String> overdue = listed(clerk, "Lewat tenggat");

      assertThat(dueSoon).contains(soon + " PRM-2026-000502").noneMatch(line -> line.startsWith(late))
          .noneMatch(line -> line.startsWith(later));
      assertThat(overdue).contains(late + " PRM-2026-000503").noneMatch(line -> line.startsWith(soon))
          .noneMatch(line -> line.startsWith(later));
    }
  }

  @Nested
  @DisplayName("the user's language")
  class Language {

    private final Map<String, String> english = Map.of("Accept-Language", "en-US,en;q=0.9");
    private final Map<String, String> indonesian = Map.of("Accept-Language", "id-ID,id;q=0.9,en;q=0.5");

    @Test
    @DisplayName("task names, filter names and form labels are English for an English browser, Indonesian otherwise")
    void englishBesideIndonesian() {
      String task = reviewTask("PRM-2026-000505");
      StaffHttp clerk = as("clerk.dcktr");

      assertThat(clerk.send("GET", "/engine-rest/task/" + task, english, null).json().path("name").asText())
          .isEqualTo("Review the application");
      assertThat(clerk.send("GET", "/engine-rest/task/" + task, indonesian, null).json().path("name").asText())
          .isEqualTo("Periksa permohonan");
      assertThat(clerk.send("GET", "/engine-rest/filter?resourceType=Task&firstResult=0&maxResults=100", english, null).json()
          .findValuesAsText("name")).contains("My tasks", "My OPD's tasks", "Due soon", "Overdue");

      JsonNode formEn = clerk.send("GET", "/engine-rest/task/" + task + "/deployed-form", english, null).json();
      JsonNode formId = clerk.send("GET", "/engine-rest/task/" + task + "/deployed-form", indonesian, null).json();
      assertThat(formEn.findValuesAsText("label")).contains("Applicant's NIK", "Floor area (m²)", "Dwelling");
      assertThat(formId.findValuesAsText("label")).contains("NIK pemohon", "Luas bangunan (m²)", "Rumah tinggal");
    }
  }
}
