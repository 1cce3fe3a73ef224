package id.alur;

import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of the {@code *IT} tests: the whole application with the {@code postgres} profile on a fresh
 * PostgreSQL database, over HTTP on a random port. Subclasses share one running application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    // The test-only models have their English texts in a bundle of their own.
    properties = "spring.messages.basename=i18n/messages,i18n/models,i18n/test-models")
@ActiveProfiles("postgres")
// Spring Boot tests turn metrics export off by default; the monitoring endpoint is part of what is tested.
@AutoConfigureObservability(tracing = false)
public abstract class PostgresIntegrationTest {

  public static final String DEMO_PASSWORD = "Alur#Demo2026";

  @LocalServerPort
  protected int port;

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry registry) {
    PostgresDatabases.Database database = PostgresDatabases.fresh("alur_it_app");
    registry.add("spring.datasource.url", database::url);
    registry.add("spring.datasource.username", database::username);
    registry.add("spring.datasource.password", database::password);
  }

  protected StaffHttp as(String userId) {
    return new StaffHttp("http://localhost:" + port, userId, DEMO_PASSWORD);
  }

  protected StaffHttp anonymous() {
    return new StaffHttp("http://localhost:" + port, null, null);
  }
}
