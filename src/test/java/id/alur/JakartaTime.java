package id.alur;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Instants written as the city reads them (Asia/Jakarta, +07:00), and the engine's clock set to one. */
public final class JakartaTime {

  private JakartaTime() {
  }

  /** {@code at("2026-12-01T09:00:00")}: 09:00 in Jakarta. */
  public static Instant at(String jakartaTime) {
    return OffsetDateTime.parse(jakartaTime + "+07:00").toInstant();
  }

  public static Date date(String jakartaTime) {
    return Date.from(at(jakartaTime));
  }

  /** Moves the engine's clock (timers, due dates, SLA clocks); tests put it back with {@link ClockUtil#reset()}. */
  public static void clockAt(String jakartaTime) {
    ClockUtil.setCurrentTime(date(jakartaTime));
  }
}
