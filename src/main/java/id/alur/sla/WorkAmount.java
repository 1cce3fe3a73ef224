package id.alur.sla;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An amount of working time as written in a model or service standard: {@code 5HK}, {@code 8JK}. */
public record WorkAmount(int amount, WorkUnit unit) {

  /** Ten years of working days: more is a typo, and would make the arithmetic walk for nothing. */
  public static final int MAX_DAYS = 2500;
  public static final int MAX_HOURS = MAX_DAYS * 9;

  private static final Pattern TEXT = Pattern.compile("\\s*(\\d{1,6})\\s*(HK|JK)\\s*", Pattern.CASE_INSENSITIVE);

  public WorkAmount {
    if (unit == null) {
      throw new IllegalArgumentException("a working-time amount needs a unit (HK or JK)");
    }
    if (amount < 0) {
      throw new IllegalArgumentException("a working-time amount cannot be negative: " + amount);
    }
    if (amount > (unit == WorkUnit.HK ? MAX_DAYS : MAX_HOURS)) {
      throw new IllegalArgumentException("working-time amount too large: " + amount + unit);
    }
  }

  /** Reads {@code 5HK} or {@code 8 jk}; anything else is refused with a message saying what is expected. */
  public static WorkAmount parse(String text) {
    Matcher matcher = text == null ? null : TEXT.matcher(text);
    if (matcher == null || !matcher.matches()) {
      throw new IllegalArgumentException(
          "not a working-time amount: '" + text + "' (expected a whole number and HK or JK, like 5HK)");
    }
    return new WorkAmount(Integer.parseInt(matcher.group(1)), WorkUnit.parse(matcher.group(2)).orElseThrow());
  }

  /** The amount as a clock's budget: whole working days, or office time. */
  public WorkingTime asWorkingTime() {
    return unit == WorkUnit.HK
        ? new WorkingTime(amount, java.time.Duration.ZERO)
        : new WorkingTime(0, java.time.Duration.ofHours(amount));
  }

  @Override
  public String toString() {
    return amount + unit.name();
  }
}
