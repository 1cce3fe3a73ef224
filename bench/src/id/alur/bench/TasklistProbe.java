package id.alur.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * What Tasklist asks when a clerk opens "Tugas OPD saya": the shared filter's first page of 50 of the clerk's groups'
 * open tasks, soonest due first, with their count, in Tasklist's own request (HAL, which carries the count).
 */
final class TasklistProbe {

  private final CityLoad city;
  private final List<String> clerks;

  TasklistProbe(CityLoad city, List<String> clerks) {
    this.city = city;
    this.clerks = clerks;
  }

  /**
   * The 95th percentile of {@code rounds} page loads, spread over the clerks, after as many unmeasured ones: a city's
   * Tasklist is opened all day long, so the page is measured on a server that has served it before (the probe at
   * 10,000 tasks runs right after Alur started, when none of that code has been compiled yet).
   */
  double p95(int rounds) {
    String filter = filterId();
    Latencies latencies = new Latencies();
    for (int round = -rounds; round < rounds; round++) {
      String clerk = clerks.get(Math.floorMod(round, clerks.size()));
      Http http = city.staff(clerk);
      long started = System.nanoTime();
      Http.Reply page = http.post("/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=50",
          "{\"sorting\": [{\"sortBy\": \"dueDate\", \"sortOrder\": \"asc\"}]}", "Accept", "application/hal+json");
      if (round >= 0) {
        latencies.record(started);
      }
      page.expect(200, "Tugas OPD saya for " + clerk);
      if (!page.json().has("count")) {
        throw new IllegalStateException("the filter's page has no count: " + page.body());
      }
    }
    return latencies.p95();
  }

  int count(String clerk) {
    return city.staff(clerk).get("/engine-rest/filter/" + filterId() + "/count").json().path("count").asInt();
  }

  private String filterId() {
    JsonNode filters = city.staff(clerks.get(0)).get("/engine-rest/filter?resourceType=Task&firstResult=0&maxResults=100").json();
    for (JsonNode filter : filters) {
      if ("OPD_OPEN".equals(filter.path("properties").path("alurFilter").asText())) {
        return filter.path("id").asText();
      }
    }
    throw new IllegalStateException("no \"Tugas OPD saya\" filter: " + filters);
  }
}
