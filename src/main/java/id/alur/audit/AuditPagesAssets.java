package id.alur.audit;

import id.alur.identity.StaffPages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The pages' own stylesheet and scripts, and bpmn-js's viewer from its webjar, all served by the app under
 * {@code /audit/assets/}: nothing is loaded from another site. The webjar's folder is found on the class path,
 * so a newer bpmn-js needs only its version in pom.xml.
 */
@Configuration
class AuditPagesAssets implements WebMvcConfigurer {

  private static final String VIEWER = "classpath*:META-INF/resources/webjars/bpmn-js/*/dist/bpmn-navigated-viewer.production.min.js";

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    CacheControl day = CacheControl.maxAge(Duration.ofDays(1));
    registry.addResourceHandler(StaffPages.ASSETS + "/bpmn-js/**").addResourceLocations(bpmnJsDist())
        .setCacheControl(day);
    registry.addResourceHandler(StaffPages.ASSETS + "/**").addResourceLocations("classpath:/audit-assets/")
        .setCacheControl(day);
  }

  private static String url(Resource resource) {
    try {
      return resource.getURL().toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String bpmnJsDist() {
    try {
      Resource[] found = new PathMatchingResourcePatternResolver().getResources(VIEWER);
      if (found.length == 0) {
        throw new IllegalStateException("bpmn-js's viewer is not on the class path (webjar org.webjars.npm:bpmn-js)");
      }
      // Two versions on the class path would be a build mistake; then the last by name wins.
      String viewer = Arrays.stream(found).map(AuditPagesAssets::url).max(Comparator.naturalOrder()).orElseThrow();
      return viewer.substring(0, viewer.lastIndexOf('/') + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
