package id.alur.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Opens cases from several threads at once, as concurrent submissions do, and collects their numbers. */
public final class ConcurrentOpenings {

  private ConcurrentOpenings() {
  }

  public static List<TrackingNumber> open(CaseRegistry registry, String prefix, String opd, int threads,
      int casesPerThread) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<List<TrackingNumber>>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        work.add(() -> {
          List<TrackingNumber> numbers = new ArrayList<>();
          for (int i = 0; i < casesPerThread; i++) {
            numbers.add(registry.open(prefix, opd, CaseStatus.DIAJUKAN));
          }
          return numbers;
        });
      }
      List<TrackingNumber> all = new ArrayList<>();
      for (Future<List<TrackingNumber>> result : pool.invokeAll(work, 2, TimeUnit.MINUTES)) {
        all.addAll(result.get());
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }
}
