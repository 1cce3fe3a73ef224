package id.alur.permit;

import id.alur.identity.PublicPages;
import java.time.Duration;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** The public pages' stylesheet, served by the app itself: the pages' Content-Security-Policy allows nothing else. */
@Configuration
class PermitPagesAssets implements WebMvcConfigurer {

  @Override
  public void addResourceHandlers(ResourceHandlerRegistry registry) {
    registry.addResourceHandler(PublicPages.ASSETS + "/**").addResourceLocations("classpath:/public-assets/")
        .setCacheControl(CacheControl.maxAge(Duration.ofDays(1)));
  }
}
