package id.alur.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * A filter that may rewrite an answer after the engine's REST API (or the webapps' copy of it) wrote it: the
 * answer is held back until {@link #rewrite} has seen it, then sent.
 */
public abstract class ResponseRewritingFilter extends OncePerRequestFilter {

  /** The engine's REST API and the webapps' copy of it, which Tasklist and Cockpit call. */
  public static boolean isEngineApi(String path) {
    return path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/engine/");
  }

  @Override
  protected final void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper caching = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(request, caching);
    } finally {
      rewrite(request, caching);
      caching.copyBodyToResponse();
    }
  }

  /** Looks at the held-back answer and may replace it ({@code resetBuffer()}, then write). */
  protected abstract void rewrite(HttpServletRequest request, ContentCachingResponseWrapper answer)
      throws IOException;
}
