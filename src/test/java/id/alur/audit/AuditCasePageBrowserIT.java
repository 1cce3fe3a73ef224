package id.alur.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import id.alur.Chromium;
import id.alur.PostgresIntegrationTest;
import id.alur.cases.CaseRegistry;
import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An auditor in a real browser: logs in to the auditors' pages, finds a case, and reads its file: the BPMN
 * diagram drawn by bpmn-js (served by the app) with the path taken and the time spent on each step, the
 * timeline in Bahasa Indonesia, then the same page in English.
 */
class AuditCasePageBrowserIT extends PostgresIntegrationTest {

  @Autowired CaseRegistry cases;
  @Autowired TaskService tasks;

  @Test
  @DisplayName("an auditor reads a case's file: the diagram with the path taken and time per step, the timeline")
  void auditorReadsTheCasePage() {
    String number = WorkedCase.open(cases, tasks, as("admin"), as("clerk.dcktr"));

    try (Chromium chromium = Chromium.start("id-ID,id")) {
      try {
        readCase(chromium, number);
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("Browser test failed; screenshot " + chromium.screenshot("audit-case-failure"), e);
      }
    }
  }

  private void readCase(Chromium chromium, String number) {
    WebDriver browser = chromium.driver();
    browser.get("http://localhost:" + port + "/audit/cases");
    chromium.waiting().until(visibilityOfElementLocated(By.id("username"))).sendKeys("auditor");
    browser.findElement(By.id("password")).sendKeys(DEMO_PASSWORD);
    browser.findElement(By.cssSelector("form.stacked button[type='submit']")).click();

    WebElement trackingNumber = chromium.waiting().until(visibilityOfElementLocated(By.id("trackingNumber")));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Pencarian kasus");
    trackingNumber.sendKeys(number);
    browser.findElement(By.cssSelector("#search button[type='submit']")).click();
    WebElement found = chromium.waiting().until(elementToBeClickable(By.linkText(number)));
    assertThat(browser.findElement(By.id("found")).getText()).isEqualTo("Menampilkan 1-1 dari 1 kasus");
    chromium.screenshot("audit-search-id");
    found.click();

    chromium.waiting().until(attributeToBe(By.id("diagram"), "data-state", "rendered"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Berkas audit kasus " + number);
    WebElement review = browser.findElement(By.cssSelector("g.djs-element[data-element-id='" + WorkedCase.REVIEW
        + "']"));
    assertThat(review.getAttribute("class")).as("the review was passed").contains("alur-visited");
    WebElement confirm = browser.findElement(By.cssSelector("g.djs-element[data-element-id='" + WorkedCase.CONFIRM
        + "']"));
    assertThat(confirm.getAttribute("class")).as("the case waits at the confirmation").contains("alur-active");
    WebElement rejected = browser.findElement(By.cssSelector("g.djs-element[data-element-id='EndEvent_Rejected']"));
    assertThat(rejected.getAttribute("class")).as("a path not taken").doesNotContain("alur-visited");
    assertThat(browser.findElement(By.cssSelector("g.djs-element[data-element-id='Flow_Approved']"))
        .getAttribute("class")).contains("alur-taken");
    assertThat(chromium.waiting().until(visibilityOfElementLocated(By.cssSelector(".alur-time[data-activity='"
        + WorkedCase.REVIEW + "']"))).getText()).as("time spent at the review").isEqualTo("1 hari 03:00:00");
    assertThat(browser.findElement(By.cssSelector(".alur-time[data-activity='" + WorkedCase.CONFIRM + "']"))
        .getText()).as("time spent so far at the confirmation").matches("2\\d:\\d\\d:\\d\\d");

    List<String> actions = browser.findElements(By.cssSelector("#timeline tbody tr td:nth-child(5)")).stream()
        .map(WebElement::getText).toList();
    assertThat(actions).contains("Tugas dibuat", "Tugas diambil/ditugaskan", "Tugas diselesaikan",
        "Berkas kasus dibaca");
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("************0001")
        .doesNotContain(WorkedCase.NIK);
    chromium.screenshot("audit-case-id");

    browser.findElement(By.cssSelector("a[lang='en']")).click();
    chromium.waiting().until(attributeToBe(By.id("diagram"), "data-state", "rendered"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Audit file of case " + number);
    assertThat(browser.findElement(By.id("timeline")).getText()).contains("Task completed");
  }
}
