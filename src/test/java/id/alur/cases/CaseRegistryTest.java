package id.alur.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alur.identity.OpdDirectory;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.autoconfigure.context.MessageSourceAutoConfiguration;
import org.springframework.boot.test.autoconfigure.jdbc.JdbcTest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The case registry on the embedded H2 database, schema by Liquibase as at run time. */
@JdbcTest(properties = "spring.datasource.generate-unique-name=true")
@Import({CaseRegistry.class, CaseNumbers.class, OpdDirectory.class})
@ImportAutoConfiguration(MessageSourceAutoConfiguration.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class CaseRegistryTest {

  static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");

  @Autowired JdbcClient jdbc;
  @Autowired CaseNumbers numbers;
  @Autowired OpdDirectory opdDirectory;
  @Autowired MessageSource messages;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired CaseRegistry registry;

  @BeforeEach
  void emptyRegistry() {
    jdbc.sql("delete from case_file").update();
    jdbc.sql("delete from case_sequence").update();
  }

  private CaseRegistry registryAt(String instant) {
    return new CaseRegistry(jdbc, numbers, opdDirectory, messages, Clock.fixed(Instant.parse(instant), JAKARTA));
  }

  @Test
  @DisplayName("numbers count per service and year from 000001, the year as in Jakarta")
  void numbersPerServiceAndYear() {
    CaseRegistry lateDecember = registryAt("2026-12-31T16:59:59Z");
    CaseRegistry newYearInJakarta = registryAt("2026-12-31T17:00:00Z");

    assertThat(lateDecember.open("PRM", "dpmptsp", CaseStatus.DIAJUKAN).value()).isEqualTo("PRM-2026-000001");
    assertThat(lateDecember.open("PRM", "dpmptsp", CaseStatus.DIAJUKAN).value()).isEqualTo("PRM-2026-000002");
    assertThat(lateDecember.open("ADU", "diskominfo", CaseStatus.DITERIMA).value()).isEqualTo("ADU-2026-000001");
    assertThat(newYearInJakarta.open("PRM", "dpmptsp", CaseStatus.DIAJUKAN).value()).isEqualTo("PRM-2027-000001");
  }

  @Test
  @DisplayName("a case holds its owner, public status in both languages and timestamps")
  void caseFile() {
    CaseRegistry registry = registryAt("2026-03-02T03:00:00Z");
    TrackingNumber number = registry.open("PRM", "dpmptsp", CaseStatus.DIAJUKAN);
    registry.linkProcessInstance(number, "pi-1");
    registry.changeStatus(number, CaseStatus.VERIFIKASI_TEKNIS);
    registry.transferTo(number, "dcktr");

    CaseFile caseFile = registry.get(number);
    assertThat(caseFile.owningOpd()).isEqualTo("dcktr");
    assertThat(caseFile.processInstanceId()).contains("pi-1");
    assertThat(caseFile.status()).isEqualTo(
        new PublicStatus(CaseStatus.VERIFIKASI_TEKNIS, "Verifikasi teknis", "Technical review"));
    assertThat(caseFile.createdAt()).hasToString("2026-03-02T10:00+07:00");
    assertThat(registry.findByProcessInstance("pi-1")).map(CaseFile::trackingNumber).contains(number);
  }

  @Test
  @DisplayName("every status has a text in Bahasa Indonesia and in English")
  void everyStatusHasBothTexts() {
    for (CaseStatus status : CaseStatus.values()) {
      PublicStatus text = registry.publicStatus(status);
      assertThat(text.indonesian()).as(status.name()).isNotBlank().doesNotStartWith("case.status");
      assertThat(text.english()).as(status.name()).isNotBlank().isNotEqualTo(text.indonesian());
    }
  }

  @Test
  @DisplayName("an unknown OPD is refused and writes nothing, not even a number")
  void unknownOpdWritesNothing() {
    assertThatThrownBy(() -> registry.open("PRM", "dinas-fiktif", CaseStatus.DIAJUKAN))
        .hasMessage("unknown OPD: dinas-fiktif");
    assertThat(jdbc.sql("select count(*) from case_file").query(Integer.class).single()).isZero();
    assertThat(registry.open("PRM", "dpmptsp", CaseStatus.DIAJUKAN).sequence()).isEqualTo(1);
  }

  @Test
  @DisplayName("a case rolled back with its transaction gives its number back: no gaps")
  void rollbackLeavesNoGap() {
    TransactionTemplate transaction = new TransactionTemplate(transactionManager);
    transaction.executeWithoutResult(status -> {
      registry.open("PRM", "dpmptsp", CaseStatus.DIAJUKAN);
      status.setRollbackOnly();
    });

    assertThat(registry.open("PRM", "dpmptsp", CaseStatus.DIAJUKAN).sequence()).isEqualTo(1);
  }

  @Test
  @DisplayName("a case is carried by one process instance for life")
  void oneProcessInstance() {
    TrackingNumber number = registry.open("PRM", "dpmptsp", CaseStatus.DIAJUKAN);
    registry.linkProcessInstance(number, "pi-1");

    assertThatThrownBy(() -> registry.linkProcessInstance(number, "pi-2"))
        .hasMessageContaining("already carried by another process instance");
    assertThatThrownBy(() -> registry.changeStatus(new TrackingNumber("PRM", 2026, 999), CaseStatus.DITOLAK))
        .isInstanceOf(CaseNotFoundException.class);
  }

  @Test
  @DisplayName("8 concurrent submitters get unique numbers without gaps")
  void concurrentOpeningsAreGapFree() throws Exception {
    List<TrackingNumber> opened = ConcurrentOpenings.open(registry, "PRM", "dpmptsp", 8, 20);

    assertThat(opened).extracting(TrackingNumber::sequence)
        .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 160).boxed().toList());
  }
}
