package id.alur.tasklist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import id.alur.Chromium;
import id.alur.PostgresIntegrationTest;
import id.alur.StaffHttp.Reply;
import id.alur.cases.CaseRegistry;
import id.alur.cases.CaseStatus;
import id.alur.cases.TrackingNumber;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A clerk in a real browser: logs in to Tasklist, finds the case in "Tugas OPD saya" with its tracking number,
 * opens the task, sees the form in Bahasa Indonesia, is stopped by an invalid value, then completes it.
 */
class TasklistBrowserIT extends PostgresIntegrationTest {


  @Autowired TaskService tasks;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired CaseRegistry cases;
  @Autowired JdbcClient jdbc;
  private String trackingNumber;

  @Test
  @DisplayName("a clerk completes a task in Tasklist: Indonesian labels, an invalid value refused, the task gone")
  void clerkCompletesATaskInTasklist() {
    TrackingNumber number = cases.open("PRM", "dcktr", CaseStatus.DIAJUKAN);
    trackingNumber = number.value();
    Reply started = as("admin").post("/engine-rest/process-definition/key/FormCheckTest/submit-form",
        "{\"variables\": {\"subject\": {\"value\": \"PBG rumah Jl. Pajajaran 12\"},"
            + " \"trackingNumber\": {\"value\": \"" + trackingNumber + "\"}}}");
    assertThat(started.status()).as(started.body()).isEqualTo(200);
    String instance = started.json().path("id").asText();
    cases.linkProcessInstance(number, instance);
    String taskId = tasks.createTaskQuery().processInstanceId(instance).singleResult().getId();

    try (Chromium chromium = Chromium.start("id-ID,id")) {
      try {
        clerkWorksTheTask(chromium, taskId);
      } catch (RuntimeException | AssertionError e) {
        throw new AssertionError("Browser test failed; screenshot " + chromium.screenshot("tasklist-failure"), e);
      }
    }

    assertThat(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult().getEndTime())
        .as("the task is completed").isNotNull();
    assertThat(jdbc.sql("select details from audit_event where action = 'CASE_READ' and actor = 'clerk.dcktr'"
        + " and case_number = ?").param(trackingNumber).query(String.class).list())
        .as("opening the task in Tasklist is a read of the citizen's case, on the trail")
        .anySatisfy(details -> assertThat(details).contains("\"via\":\"webapp\"").contains("/task/" + taskId));
    assertThat(runtime.getVariables(instance)).containsEntry("nik", "3674012304850001")
        .containsEntry("category", "rumah").containsEntry("approved", true);
  }

  private void clerkWorksTheTask(Chromium chromium, String taskId) {
    WebDriver browser = chromium.driver();
    browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
    WebElement username = chromium.waiting().until(visibilityOfElementLocated(
        By.cssSelector("input[ng-model='username']")));
    assertThat(username.getAttribute("placeholder")).as("Tasklist itself speaks Indonesian").isEqualTo("Nama pengguna");
    username.sendKeys("clerk.dcktr");
    browser.findElement(By.cssSelector("input[type='password']")).sendKeys(DEMO_PASSWORD);
    browser.findElement(By.cssSelector("button[type='submit']")).click();

    // The shared filter, its task with the case's tracking number, in the clerk's language.
    chromium.waiting().until(elementToBeClickable(By.xpath("//a[starts-with(normalize-space(),'Tugas OPD saya')]")))
        .click();
    By taskInList = By.xpath("//li[contains(@class,'task')][.//*[contains(normalize-space(),'" + trackingNumber
        + "')]]//a[normalize-space()='Periksa permohonan']");
    chromium.waiting().until(elementToBeClickable(taskInList)).click();

    WebElement claim = chromium.waiting().until(elementToBeClickable(By.cssSelector("button.claim")));
    assertThat(claim.getText()).isEqualTo("Klaim");
    claim.click();
    WebElement nik = field(chromium, "NIK pemohon");
    assertThat(browser.findElements(By.cssSelector(".fjs-form-field-label")).stream()
        .map(label -> label.getText().replace("*", "").strip()))
        .contains("NIK pemohon", "Luas bangunan (m²)", "Jenis bangunan", "Berkas lengkap dan benar");

    // An invalid value: the form shows the error and the task stays.
    nik.sendKeys("12345");
    field(chromium, "Luas bangunan (m²)").click();
    chromium.waiting().until(textToBePresentInElementLocated(By.cssSelector(".fjs-form-field-error"), "pattern"));
    assertThat(browser.findElement(By.cssSelector("button[ng-click='complete()']")).isEnabled())
        .as("Selesaikan is disabled while a field is invalid").isFalse();

    // Valid values, then complete.
    // form-js keeps its own state: replace the text the way a user does, not with clear().
    nik.sendKeys(Keys.chord(Keys.CONTROL, "a"), "3674012304850001");
    field(chromium, "Luas bangunan (m²)").sendKeys("120.5");
    click(chromium, browser.findElement(By.xpath("//div[contains(@class,'fjs-form-field-select')]"
        + "[.//label[starts-with(normalize-space(),'Jenis bangunan')]]//div[contains(@class,'fjs-select-display')]")));
    chromium.waiting().until(elementToBeClickable(By.xpath(
        "//div[contains(@class,'fjs-dropdownlist-item')][normalize-space()='Rumah tinggal']"))).click();
    click(chromium, field(chromium, "Berkas lengkap dan benar"));
    chromium.waiting().until(invisibilityOfElementLocated(By.cssSelector(".fjs-form-field-error")));
    WebElement complete = chromium.waiting().until(elementToBeClickable(
        By.cssSelector("button[ng-click='complete()']")));
    assertThat(complete.getText()).isEqualTo("Selesaikan");
    click(chromium, complete);

    // Tasklist closes the completed task ("choose a task from the list") and it is in none of the clerk's lists.
    chromium.waiting().until(visibilityOfElementLocated(
        By.xpath("//*[text()[contains(., 'Pilih tugas dari daftar')]]")));
    chromium.waiting().until(invisibilityOfElementLocated(By.cssSelector("button[ng-click='complete()']")));
    click(chromium, browser.findElement(By.xpath("//a[starts-with(normalize-space(),'Tugas saya')]")));
    chromium.waiting().until(presenceOfElementLocated(By.cssSelector(".tasks-list, .no-tasks, [class*='well']")));
    assertThat(browser.findElements(taskInList)).as("the task is gone from the list").isEmpty();
  }

  /** Clicks an element after scrolling it to the middle of the window, clear of Tasklist's footer. */
  private static void click(Chromium chromium, WebElement element) {
    chromium.driver().executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    element.click();
  }

  /** The input a form-js label names (a required field's label ends in an asterisk). */
  private static WebElement field(Chromium chromium, String label) {
    WebElement labelElement = chromium.waiting().until(visibilityOfElementLocated(
        By.xpath("//label[contains(@class,'fjs-form-field-label')][starts-with(normalize-space(),'" + label + "')]")));
    return chromium.driver().findElement(By.id(labelElement.getAttribute("for")));
  }
}
