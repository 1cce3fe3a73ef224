package id.alur.web;

import id.alur.identity.StaffPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The language of the app (pages, PDF reports, message texts): the first of the browser's languages that Alur
 * speaks, Bahasa Indonesia when it names neither or none. On the staff pages the reader may pick one with
 * {@code ?lang=id} or {@code ?lang=en} (nothing else), which a cookie of the pages' path remembers.
 */
@Configuration
class PageLanguage implements WebMvcConfigurer {

  static final String COOKIE = "alur-lang";
  private static final Set<String> LANGUAGES = Set.of("id", "en");
  private static final Locale INDONESIAN = Locale.forLanguageTag("id");

  @Bean
  LocaleResolver localeResolver() {
    CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
    resolver.setCookiePath(StaffPages.PATH);
    resolver.setCookieMaxAge(Duration.ofDays(365));
    resolver.setCookieSecure(true);
    resolver.setCookieHttpOnly(true);
    resolver.setCookieSameSite("Lax");
    // Without a choice and without Accept-Language: Bahasa Indonesia, not the server's own language.
    resolver.setDefaultLocaleFunction(PageLanguage::preferred);
    return resolver;
  }

  /** The first of the browser's languages that Alur speaks; Bahasa Indonesia when it names neither. */
  static Locale preferred(HttpServletRequest request) {
    if (request.getHeader("Accept-Language") == null) {
      return INDONESIAN;
    }
    for (Locale locale : Collections.list(request.getLocales())) {
      if (LANGUAGES.contains(locale.getLanguage())) {
        return Locale.forLanguageTag(locale.getLanguage());
      }
    }
    return INDONESIAN;
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new HandlerInterceptor() {
      @Override
      public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        String language = request.getParameter("lang");
        LocaleResolver resolver = RequestContextUtils.getLocaleResolver(request);
        if (resolver != null && language != null && LANGUAGES.contains(language)) {
          resolver.setLocale(request, response, Locale.forLanguageTag(language));
        }
        return true;
      }
    }).addPathPatterns(StaffPages.PATH + "/**");
  }
}
