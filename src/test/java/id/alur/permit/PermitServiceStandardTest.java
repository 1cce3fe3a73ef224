package id.alur.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.alur.permit.PermitApplicationProcess.FeeRule;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The service standards come from the deployed table: the seed rows as DESIGN.md gives them, and a designer's
 * edit of the table (a new SLA, a new permit type without a sector deadline) takes effect with no code change.
 * Own database: the edited table must not reach the other tests.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
    "spring.datasource.url=jdbc:h2:mem:permit-standard-test;DB_CLOSE_DELAY=-1",
    "camunda.bpm.job-execution.enabled=false",
    "alur.sla.watch-enabled=false",
    "spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration"})
class PermitServiceStandardTest {

  @Autowired PermitStandards standards;
  @Autowired RepositoryService repository;

  @Test
  @DisplayName("the seed: SLA, technical OPD, survey and fee rule of each permit type")
  void seed() {
    assertThat(standards.types()).containsExactly("PBG_MBR", "PBG_UMUM", "REKLAME", "SIP_NAKES");
    assertThat(standards.of("PBG_MBR").orElseThrow())
        .returns(10, PermitStandard::slaWorkingDays).returns("dcktr", PermitStandard::technicalOpd)
        .returns(false, PermitStandard::surveyRequired).returns(FeeRule.WAIVED, PermitStandard::feeRule);
    assertThat(standards.of("PBG_UMUM").orElseThrow())
        .returns(28, PermitStandard::slaWorkingDays).returns("dcktr", PermitStandard::technicalOpd)
        .returns(true, PermitStandard::surveyRequired).returns(FeeRule.RETRIBUTION, PermitStandard::feeRule);
    PermitStandard reklame = standards.of("REKLAME").orElseThrow();
    assertThat(reklame.slaWorkingDays()).isEqualTo(12);
    assertThat(reklame.requiredDocuments()).contains("bukti lunas pajak reklame dari Bapenda");
    assertThat(standards.of("SIP_NAKES").orElseThrow())
        .returns(5, PermitStandard::slaWorkingDays).returns("dinkes", PermitStandard::technicalOpd)
        .returns(FeeRule.NONE, PermitStandard::feeRule).returns("SIP", PermitStandard::numberCode);
    assertThat(standards.of("IZIN_TAMBANG")).isEmpty();
  }

  @Test
  @DisplayName("a table naming DPMPTSP itself as technical OPD is refused: the front office cannot hand a case to itself")
  void frontOfficeIsNoTechnicalOpd() throws IOException {
    String table = Files.readString(Path.of("processes/permit/PermitServiceStandard.dmn"), StandardCharsets.UTF_8);
    repository.createDeployment().name("designer-edit").addString("permit/PermitServiceStandard.dmn",
        table.replace("<outputEntry id=\"OutputEntry_SipNakesOpd\"><text>\"dinkes\"</text>",
            "<outputEntry id=\"OutputEntry_SipNakesOpd\"><text>\"dpmptsp\"</text>")).deploy();
    try {
      assertThatThrownBy(() -> standards.of("SIP_NAKES")).hasMessageContaining("must be an OPD other than dpmptsp");
    } finally {
      repository.createDeployment().name("designer-undo").addString("permit/PermitServiceStandard.dmn", table).deploy();
    }
  }

  @Test
  @DisplayName("a designer edits the table: a new SLA applies, a new type without a sector deadline gets 5 HK")
  void designerEditsTheTable() throws IOException {
    String table = Files.readString(Path.of("processes/permit/PermitServiceStandard.dmn"), StandardCharsets.UTF_8);
    String edited = table.replace("<outputEntry id=\"OutputEntry_PbgMbrSla\"><text>10</text>",
            "<outputEntry id=\"OutputEntry_PbgMbrSla\"><text>7</text>")
        .replace("    </decisionTable>", """
              <rule id="Rule_IzinKeramaian">
                <inputEntry id="InputEntry_IzinKeramaian"><text>"IZIN_KERAMAIAN"</text></inputEntry>
                <outputEntry id="OutputEntry_IzinKeramaianName"><text>"Izin keramaian"</text></outputEntry>
                <outputEntry id="OutputEntry_IzinKeramaianCode"><text>"IKR"</text></outputEntry>
                <outputEntry id="OutputEntry_IzinKeramaianSla"><text></text></outputEntry>
                <outputEntry id="OutputEntry_IzinKeramaianOpd"><text>"satpolpp"</text></outputEntry>
                <outputEntry id="OutputEntry_IzinKeramaianSurvey"><text>false</text></outputEntry>
                <outputEntry id="OutputEntry_IzinKeramaianFee"><text>"NONE"</text></outputEntry>
                <outputEntry id="OutputEntry_IzinKeramaianDocuments"><text>"KTP penyelenggara"</text></outputEntry>
              </rule>
            </decisionTable>""");
    assertThat(edited).isNotEqualTo(table);
    repository.createDeployment().name("designer-edit")
        .addString("permit/PermitServiceStandard.dmn", edited).deploy();
    try {
      assertThat(standards.of("PBG_MBR").orElseThrow().slaWorkingDays()).isEqualTo(7);
      assertThat(standards.types()).endsWith("IZIN_KERAMAIAN");
      assertThat(standards.of("IZIN_KERAMAIAN").orElseThrow().slaWorkingDays())
          .as("UU 30/2014 pasal 53: no sector deadline, 5 HK").isEqualTo(PermitStandard.STATUTORY_WORKING_DAYS);
    } finally {
      // The seed again, as a designer who takes the edit back would deploy it.
      repository.createDeployment().name("designer-undo").addString("permit/PermitServiceStandard.dmn", table).deploy();
    }
  }
}
