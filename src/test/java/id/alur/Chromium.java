package id.alur;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests: Debian's {@code chromium} and {@code chromedriver} (or those named
 * by {@code CHROME_BIN} and {@code CHROMEDRIVER}), never a driver downloaded at test time. Without them the
 * test is skipped and says why ({@code .ci/run} installs them).
 */
public final class Chromium implements AutoCloseable {

  private final ChromeDriver driver;
  private final WebDriverWait wait;

  private Chromium(ChromeDriver driver) {
    this.driver = driver;
    this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  /** A browser whose user prefers {@code languages} (e.g. {@code "id-ID,id"}), or a skipped test. */
  public static Chromium start(String languages) {
    Optional<Path> browser = executable("CHROME_BIN", "/usr/bin/chromium", "/usr/bin/chromium-browser");
    Optional<Path> chromedriver = executable("CHROMEDRIVER", "/usr/bin/chromedriver");
    Assumptions.assumeTrue(browser.isPresent() && chromedriver.isPresent(),
        "Chromium is not installed (apt-get install chromium chromium-driver, as .ci/run does): browser test skipped");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.get().toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--window-size=1400,1000", "--lang=" + languages.split(",")[0]);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", languages));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver.get().toFile()).usingAnyFreePort().build();
    return new Chromium(new ChromeDriver(service, options));
  }

  private static Optional<Path> executable(String variable, String... defaults) {
    return Stream.concat(Stream.ofNullable(System.getenv(variable)), Stream.of(defaults))
        .map(Path::of).filter(Files::isExecutable).findFirst();
  }

  public ChromeDriver driver() {
    return driver;
  }

  public WebDriverWait waiting() {
    return wait;
  }

  /** Saves what the browser shows (picture and page) under target/browser/, to see why a browser test failed. */
  public Path screenshot(String name) {
    try {
      Path file = Path.of("target", "browser", name + ".png");
      Files.createDirectories(file.getParent());
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      Files.writeString(file.resolveSibling(name + ".html"), driver.getPageSource());
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    driver.quit();
  }
}
