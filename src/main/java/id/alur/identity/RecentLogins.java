package id.alur.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Successful password checks of the last {@link #TTL}. An API client under HTTP Basic sends its password with every
 * request, and each check is two engine commands (the password, then the user's groups): a tenth of the CPU of a
 * clerk's task completion under load (bench/README.md). Within the TTL the same user with the same password is let in
 * as the engine let them in last time, with the groups it read then.
 *
 * <p>Only successes are kept, so every wrong password still reaches the engine, which counts it and locks the account
 * after too many. The password is not kept: the key is an HMAC of it under a key made at start and never stored. The
 * price: a changed password, a locked account or a changed group membership reaches Basic requests up to the TTL later.
 */
final class RecentLogins {

  static final Duration TTL = Duration.ofSeconds(30);
  /** A bound on the memory it takes: far more staff than a city has, each with one password. */
  private static final int MAX_ENTRIES = 10_000;

  private record Entry(StaffUser user, Instant until) {
  }

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();
  private final SecretKeySpec key;
  private final Clock clock;

  RecentLogins(Clock clock) {
    byte[] secret = new byte[32];
    new SecureRandom().nextBytes(secret);
    this.key = new SecretKeySpec(secret, "HmacSHA256");
    this.clock = clock;
  }

  /** The user this password let in within the TTL, if it did. */
  Optional<StaffUser> find(String userId, String password) {
    String key = keyOf(userId, password);
    Entry entry = entries.get(key);
    if (entry == null) {
      return Optional.empty();
    }
    if (!clock.instant().isBefore(entry.until())) {
      entries.remove(key, entry);
      return Optional.empty();
    }
    return Optional.of(entry.user());
  }

  void remember(String userId, String password, StaffUser user) {
    if (entries.size() >= MAX_ENTRIES) {
      Instant now = clock.instant();
      entries.values().removeIf(entry -> !now.isBefore(entry.until()));
      if (entries.size() >= MAX_ENTRIES) {
        entries.clear();
      }
    }
    entries.put(keyOf(userId, password), new Entry(user, clock.instant().plus(TTL)));
  }

  private String keyOf(String userId, String password) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      mac.update(userId.getBytes(StandardCharsets.UTF_8));
      mac.update((byte) 0);
      return userId + '\0' + HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }
}
