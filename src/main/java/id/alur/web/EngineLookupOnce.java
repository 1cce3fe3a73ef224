package id.alur.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Camunda's REST API finds its process engine through a {@link java.util.ServiceLoader} for every resource of every
 * request ({@code EngineUtil.lookupProcessEngine}): each time, the request's class loader searches all of the
 * application's nested jars for the {@code META-INF/services/} file and reads it, 5% of Alur's CPU under the clerks'
 * load (bench/README.md). The files in a running application do not change, so the engine's REST requests (its own
 * API and the webapps' copy) run with a {@link ServiceFileCache} over the request's class loader, which reads each
 * such file once.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class EngineLookupOnce extends OncePerRequestFilter {

  private volatile ServiceFileCache cache;

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !ResponseRewritingFilter.isEngineApi(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Thread thread = Thread.currentThread();
    ClassLoader own = thread.getContextClassLoader();
    if (own == null) {
      chain.doFilter(request, response);
      return;
    }
    thread.setContextClassLoader(cacheOver(own));
    try {
      chain.doFilter(request, response);
    } finally {
      thread.setContextClassLoader(own);
    }
  }

  private ServiceFileCache cacheOver(ClassLoader own) {
    ServiceFileCache current = cache;
    if (current == null || current.getParent() != own) {
      current = new ServiceFileCache(own);
      cache = current;
    }
    return current;
  }
}
