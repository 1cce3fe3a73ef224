package id.alur.complaint;

import static org.assertj.core.api.Assertions.assertThat;

import id.alur.complaint.ComplaintRoutes.Route;
import id.alur.complaint.ComplaintRoutes.Subject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The deployed routing table proposes what shared/domain/complaint-routing.csv says, and the city's places are the
 * 54 kelurahan of its seven kecamatan. (The same configuration as PermitProcessTest, so that both share one running
 * application; these tests only read.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "spring.datasource.url=jdbc:h2:mem:permit-process-test;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "alur.sla.watch-enabled=false",
    "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration"})
class ComplaintRoutingTest {

  @Autowired ComplaintRoutes routes;
  @Autowired CityAreas areas;

  Route route(String category) {
    return route(category, null, false, "kec-pamulang");
  }

  Route route(String category, String roadStatus, boolean majorRiver, String kecamatan) {
    return routes.propose(new Subject(category, Optional.ofNullable(roadStatus), majorRiver, kecamatan)).orElseThrow();
  }

  @Nested
  @DisplayName("ComplaintRouting")
  class Routing {

    @Test
    @DisplayName("offers every category of the shared routing list, each with its OPD")
    void everyCategory() throws IOException {
      // A copy of shared/domain/complaint-routing.csv, the list the table was written from.
      List<String> lines = Files.readAllLines(Path.of("src/test/resources/domain/complaint-routing.csv"));
      List<String> shared = lines.stream().skip(1).filter(line -> !line.isBlank())
          .map(line -> line.substring(0, line.indexOf(','))).toList();
      assertThat(routes.categories()).containsExactlyElementsOf(shared);
      for (String line : lines.subList(1, lines.size())) {
        String[] cells = line.split(",", -1);
        String expected = cells[2].equals("kecamatan") ? "kec-pamulang" : cells[2];
        assertThat(route(cells[0]).opd()).as(cells[0]).isEqualTo(expected);
      }
      assertThat(routes.propose(new Subject("ufo", Optional.empty(), false, "kec-setu"))).isEmpty();
    }

    @Test
    @DisplayName("a road that is not the city's proposes the outside agency for a bukan-wewenang hand-off")
    void roads() {
      assertThat(route("jalan", "city", false, "kec-setu").externalAgency()).isEmpty();
      assertThat(route("jalan", null, false, "kec-setu").externalAgency()).as("status not known yet").isEmpty();
      assertThat(route("jalan", "provincial", false, "kec-setu").externalAgency()).contains("dpupr-banten");
      assertThat(route("jalan", "national", false, "kec-setu").externalAgency()).contains("bbpjn");
      assertThat(route("jalan", "developer", false, "kec-setu").externalAgency()).contains("pengembang");
      assertThat(route("drainase_banjir", null, true, "kec-setu").externalAgency()).contains("bbws-cc");
      assertThat(route("drainase_banjir", null, false, "kec-setu").externalAgency()).isEmpty();
    }

    @Test
    @DisplayName("neighbourhood matters go to the place's kecamatan; extortion by staff to Inspektorat, 60 HK, confidential")
    void kecamatanAndInspektorat() {
      assertThat(route("lingkungan_rt", null, false, "kec-serpong-utara").opd()).isEqualTo("kec-serpong-utara");
      Route pungli = route("pungli_asn");
      assertThat(pungli.opd()).isEqualTo("inspektorat");
      assertThat(pungli.tier()).contains("berkadar_pengawasan");
      assertThat(pungli.confidential()).isTrue();
      assertThat(route("sampah").confidential()).isFalse();
      assertThat(route("pju").opd()).as("moved to Dishub in 2022").isEqualTo("dishub");
    }
  }

  @Nested
  @DisplayName("CityAreas")
  class Places {

    @Test
    @DisplayName("54 kelurahan in seven kecamatan, named as citizens type them")
    void kelurahan() {
      List<String> kecamatan = List.of("kec-serpong", "kec-serpong-utara", "kec-ciputat", "kec-ciputat-timur",
          "kec-pamulang", "kec-pondok-aren", "kec-setu");
      assertThat(kecamatan.stream().mapToInt(code -> areas.kelurahanOf(code).size()).sum()).isEqualTo(54);
      assertThat(areas.place("Pamulang", "pondok cabe udik")).hasValueSatisfying(place -> {
        assertThat(place.kecamatanOpd()).isEqualTo("kec-pamulang");
        assertThat(place.kelurahan()).isEqualTo("Pondok Cabe Udik");
      });
      assertThat(areas.place("kec-pondok-aren", "Jurang Mangu Timur")).isPresent();
      assertThat(areas.place("Setu", "Pondok Cabe Udik")).as("not Setu's").isEmpty();
      assertThat(areas.place("Cibubur", "Cibubur")).isEmpty();
    }

    @Test
    @DisplayName("coordinates must lie in the city's box")
    void bounds() {
      assertThat(areas.inside(-6.3425, 106.7378)).as("Pamulang").isTrue();
      assertThat(areas.inside(-6.2999, 106.6700)).as("BSD, Serpong").isTrue();
      assertThat(areas.inside(-6.1754, 106.8272)).as("Monas, Jakarta").isFalse();
      assertThat(areas.inside(6.3425, 106.7378)).as("a sign slip").isFalse();
    }
  }
}
