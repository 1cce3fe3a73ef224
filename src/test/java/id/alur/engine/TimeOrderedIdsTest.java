package id.alur.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

  @Test
  @DisplayName("ids look like UUIDs, rise in the order they are made and never repeat across threads")
  void risingAndUnique() throws Exception {
    TimeOrderedIds ids = new TimeOrderedIds();
    Set<String> seen = ConcurrentHashMap.newKeySet();
    ExecutorService threads = Executors.newFixedThreadPool(8);
    List<Future<Boolean>> rising = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      rising.add(threads.submit(() -> {
        String previous = "";
        boolean inOrder = true;
        for (int i = 0; i < 50_000; i++) {
          String id = ids.getNextId();
          inOrder &= id.compareTo(previous) > 0;
          seen.add(id);
          previous = id;
        }
        return inOrder;
      }));
    }
    for (Future<Boolean> thread : rising) {
      assertThat(thread.get()).isTrue();
    }
    threads.shutdown();
    assertThat(seen).hasSize(400_000);
    assertThat(ids.getNextId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  }

  @Test
  @DisplayName("two generators (two nodes, or a restart) never make the same id, even in the same millisecond")
  void twoNodes() {
    TimeOrderedIds one = new TimeOrderedIds();
    TimeOrderedIds other = new TimeOrderedIds();
    Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      seen.add(one.getNextId());
      seen.add(other.getNextId());
    }
    assertThat(seen).hasSize(20_000);
  }
}
