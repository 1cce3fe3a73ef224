package id.alur.cases;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gapless yearly number series for what other modules number besides cases (the hand-off letters, say), on
 * the same counters as tracking numbers: a number is taken in the caller's transaction and given back if it
 * rolls back. A series name is a short upper-case word that no service uses as its prefix.
 */
@Component
public class NumberSeries {

  private final CaseNumbers numbers;

  NumberSeries(CaseNumbers numbers) {
    this.numbers = numbers;
  }

  @Transactional
  public int next(String series, int year) {
    TrackingNumber.requireValidPrefix(series);
    return numbers.next(series, year);
  }
}
