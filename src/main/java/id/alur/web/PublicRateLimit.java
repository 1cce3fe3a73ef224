package id.alur.web;

import id.alur.identity.PublicPages;
import id.alur.identity.StaffPages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * What is open to the internet without a login: the citizen API and the public pages, where each client address
 * gets a bucket of {@code alur.http.public-requests-per-minute} requests that refills continuously, and the staff pages' login
 * form, {@code alur.http.login-attempts-per-minute} attempts; past it, 429 with {@code Retry-After}. It slows
 * down guessing of access codes and passwords, keeps one client from starving the others, and keeps failed
 * logins from flooding the audit trail. The address is the connection's (behind a reverse proxy, set
 * {@code server.forward-headers-strategy=native} so it is the citizen's, not the proxy's).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 30)
class PublicRateLimit extends OncePerRequestFilter {

  private static final String PUBLIC_API = "/api/public/";
  /** The public pages (a permit's verification) answer from the database too, and share the API's bucket. */
  private static final String PUBLIC_PAGES = PublicPages.PATH + "/";
  /**
   * The payment channel's notifications come from a few addresses in bursts (a day's settlements at once): they get
   * a bucket of their own, {@code alur.http.payment-callbacks-per-minute}; each is signed and checked before it is read.
   */
  private static final String PAYMENT_CALLBACK = "/api/public/payments/callback";
  private static final int MAX_CLIENTS = 100_000;

  private final double perMinute;
  private final double loginsPerMinute;
  private final double callbacksPerMinute;
  private final Clock clock;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private final Map<String, Bucket> loginBuckets = new ConcurrentHashMap<>();
  private final Map<String, Bucket> callbackBuckets = new ConcurrentHashMap<>();

  @Autowired
  PublicRateLimit(@Value("${alur.http.public-requests-per-minute}") int perMinute,
      @Value("${alur.http.login-attempts-per-minute:10}") int loginsPerMinute,
      @Value("${alur.http.payment-callbacks-per-minute:600}") int callbacksPerMinute) {
    this(perMinute, loginsPerMinute, callbacksPerMinute, Clock.systemUTC());
  }

  PublicRateLimit(int perMinute, int loginsPerMinute, Clock clock) {
    this(perMinute, loginsPerMinute, 600, clock);
  }

  PublicRateLimit(int perMinute, int loginsPerMinute, int callbacksPerMinute, Clock clock) {
    this.perMinute = perMinute;
    this.loginsPerMinute = loginsPerMinute;
    this.callbacksPerMinute = callbacksPerMinute;
    this.clock = clock;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !request.getRequestURI().startsWith(PUBLIC_API) && !request.getRequestURI().startsWith(PUBLIC_PAGES)
        && !isLogin(request);
  }

  private static boolean isLogin(HttpServletRequest request) {
    return "POST".equals(request.getMethod()) && StaffPages.LOGIN.equals(request.getRequestURI());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    boolean login = isLogin(request);
    boolean callback = "POST".equals(request.getMethod()) && PAYMENT_CALLBACK.equals(request.getRequestURI());
    Map<String, Bucket> clients = login ? loginBuckets : callback ? callbackBuckets : buckets;
    double rate = login ? loginsPerMinute : callback ? callbacksPerMinute : perMinute;
    if (clients.size() > MAX_CLIENTS) {
      clients.clear(); // a flood of addresses: start over rather than grow without bound
    }
    long now = clock.millis();
    Bucket bucket = clients.computeIfAbsent(request.getRemoteAddr(), address -> new Bucket(rate, now));
    long waitMillis = bucket.take(now, rate);
    if (waitMillis > 0) {
      response.setHeader("Retry-After", Long.toString(Math.max(1, waitMillis / 1000)));
      ErrorReply.write(response, 429, "TooManyRequests",
          "Terlalu banyak permintaan, coba lagi sebentar lagi", "Too many requests, try again shortly",
          Map.of("retryAfterSeconds", Math.max(1, waitMillis / 1000)));
      return;
    }
    chain.doFilter(request, response);
  }

  /** Tokens refill at perMinute per minute up to perMinute. */
  private static final class Bucket {

    private double tokens;
    private long updatedAt;

    Bucket(double capacity, long now) {
      this.tokens = capacity;
      this.updatedAt = now;
    }

    /** Takes one token, answering 0; or, when empty, how long until one is back. */
    synchronized long take(long now, double perMinute) {
      tokens = Math.min(perMinute, tokens + (now - updatedAt) * perMinute / 60_000.0);
      updatedAt = now;
      if (tokens >= 1) {
        tokens -= 1;
        return 0;
      }
      return (long) Math.ceil((1 - tokens) * 60_000.0 / perMinute);
    }
  }
}
