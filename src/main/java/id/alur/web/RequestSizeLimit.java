package id.alur.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a request body larger than the limit with 413, before anything reads it: uploads (multipart) up
 * to {@code alur.http.max-upload-size}, anything else up to {@code alur.http.max-body-size}. The engine's
 * REST API reads bodies itself and would otherwise take any size. A body without a declared length is
 * counted as it is read and cut off at the limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class RequestSizeLimit extends OncePerRequestFilter {

  private final long maxBody;
  private final long maxUpload;

  RequestSizeLimit(@Value("${alur.http.max-body-size}") DataSize maxBody,
      @Value("${alur.http.max-upload-size}") DataSize maxUpload) {
    this.maxBody = maxBody.toBytes();
    this.maxUpload = maxUpload.toBytes();
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String contentType = request.getContentType();
    long limit = contentType != null && contentType.toLowerCase().startsWith("multipart/") ? maxUpload : maxBody;
    long length = request.getContentLengthLong();
    if (length > limit) {
      tooLarge(response, limit);
      return;
    }
    try {
      chain.doFilter(length >= 0 ? request : new Counted(request, limit), response);
    } catch (BodyTooLargeException e) {
      if (!response.isCommitted()) {
        tooLarge(response, limit);
      }
    }
  }

  private static void tooLarge(HttpServletResponse response, long limit) throws IOException {
    response.setHeader("Connection", "close");
    ErrorReply.write(response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE, "PayloadTooLarge",
        "Isi permintaan melebihi batas " + limit + " byte", "Request body exceeds the limit of " + limit + " bytes",
        Map.of("limitBytes", limit));
  }

  static final class BodyTooLargeException extends IOException {
    private static final long serialVersionUID = 1L;

    BodyTooLargeException() {
      super("request body too large");
    }
  }

  private static final class Counted extends HttpServletRequestWrapper {

    private final long limit;
    private ServletInputStream counted;

    Counted(HttpServletRequest request, long limit) {
      super(request);
      this.limit = limit;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (counted == null) {
        ServletInputStream in = super.getInputStream();
        counted = new ServletInputStream() {
          private long read;

          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
              count(1);
            }
            return b;
          }

          @Override
          public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
              count(n);
            }
            return n;
          }

          private void count(int n) throws IOException {
            read += n;
            if (read > limit) {
              throw new BodyTooLargeException();
            }
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
          }
        };
      }
      return counted;
    }
  }
}
