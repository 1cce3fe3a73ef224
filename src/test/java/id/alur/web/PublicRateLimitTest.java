package id.alur.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class PublicRateLimitTest {

  private final PublicRateLimit limit = new PublicRateLimit(60, 10, 600,
      Clock.fixed(Instant.parse("2026-12-02T01:00:00Z"), ZoneOffset.UTC));

  private int send(String method, String path) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest(method, path);
    request.setRemoteAddr("203.0.113.7");
    MockHttpServletResponse response = new MockHttpServletResponse();
    limit.doFilter(request, response, new MockFilterChain());
    return response.getStatus();
  }

  @Test
  @DisplayName("the staff pages' login form takes 10 attempts a minute from one address, then 429")
  void loginAttempts() throws Exception {
    for (int attempt = 1; attempt <= 10; attempt++) {
      assertThat(send("POST", "/audit/login")).as("attempt " + attempt).isEqualTo(200);
    }
    assertThat(send("POST", "/audit/login")).isEqualTo(429);
    assertThat(send("GET", "/audit/login")).as("showing the form is not an attempt").isEqualTo(200);
    assertThat(send("GET", "/api/public/cases/PRM-2026-000001")).as("the citizen API has its own bucket")
        .isEqualTo(200);
    assertThat(send("GET", "/audit/cases")).as("logged-in pages are not limited here").isEqualTo(200);
  }

  @Test
  @DisplayName("a payment channel's burst of 600 callbacks a minute passes, the citizen API's 60 stay as they are")
  void paymentCallbacks() throws Exception {
    for (int callback = 1; callback <= 600; callback++) {
      assertThat(send("POST", "/api/public/payments/callback")).as("callback " + callback).isEqualTo(200);
    }
    assertThat(send("POST", "/api/public/payments/callback")).isEqualTo(429);
    for (int request = 1; request <= 60; request++) {
      assertThat(send("GET", "/api/public/permit-types")).as("request " + request).isEqualTo(200);
    }
    assertThat(send("GET", "/api/public/permit-types")).isEqualTo(429);
  }
}
