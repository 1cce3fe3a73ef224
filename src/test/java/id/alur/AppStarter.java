package id.alur;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application outside the shared test context, e.g. twice on one database, without its web
 * layer: the Camunda webapps keep the first application context in a static field, so a second web start
 * in the same JVM would serve from a dead one. What these starts check (schema, identity, guards) happens
 * before the web layer anyway.
 */
public final class AppStarter {

  private AppStarter() {
  }

  public static ConfigurableApplicationContext start(PostgresDatabases.Database database, String profiles,
      String... properties) {
    // Command-line arguments, so that they win over the profile's application-*.yaml.
    List<String> all = new ArrayList<>(List.of(
        "--spring.datasource.url=" + database.url(),
        "--spring.datasource.username=" + database.username(),
        "--spring.datasource.password=" + database.password(),
        // The engine's REST API needs the web layer.
        "--spring.autoconfigure.exclude=org.camunda.bpm.spring.boot.starter.rest.CamundaBpmRestJerseyAutoConfiguration"));
    List.of(properties).forEach(property -> all.add("--" + property));
    return new SpringApplicationBuilder(AlurApplication.class)
        .web(WebApplicationType.NONE)
        .profiles(profiles.split(","))
        .run(all.toArray(String[]::new));
  }
}
