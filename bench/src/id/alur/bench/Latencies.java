package id.alur.bench;

import java.util.Arrays;

/** Request times in milliseconds, safe to record from many threads, and their 95th percentile. */
final class Latencies {

  private double[] millis = new double[1024];
  private int count;

  synchronized void record(long startNanos) {
    if (count == millis.length) {
      millis = Arrays.copyOf(millis, count * 2);
    }
    millis[count++] = (System.nanoTime() - startNanos) / 1e6;
  }

  synchronized int count() {
    return count;
  }

  synchronized double p95() {
    if (count == 0) {
      return Double.NaN;
    }
    double[] sorted = Arrays.copyOf(millis, count);
    Arrays.sort(sorted);
    return sorted[Math.min(count - 1, (int) Math.ceil(count * 0.95) - 1)];
  }
}
