package id.alur.engine;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The models and forms to deploy, with what breaks the conventions in them. Reading them validates each file against
 * its schema (BPMN, DMN), about a second of a start on two cores that needs nothing from the engine or the database:
 * {@link #readAhead()}, called before Spring starts, does it on a thread of its own, and the deployment takes the
 * answer when the engine is ready.
 */
record CheckedModels(List<ModelResource> models, List<ModelViolation> violations) {

  private static final AtomicReference<FutureTask<CheckedModels>> AHEAD = new AtomicReference<>();

  static CheckedModels check(List<ModelResource> models, ModelConventions conventions) {
    return new CheckedModels(models, conventions.check(models));
  }

  /** The class path's models, checked; by the thread {@link #readAhead()} started if there is one. */
  static CheckedModels onClassPath() {
    FutureTask<CheckedModels> ahead = AHEAD.getAndSet(null);
    if (ahead == null) {
      return readClassPath();
    }
    try {
      return ahead.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the models were read", e);
    } catch (ExecutionException e) {
      // What reading them threw (two different files of one name, say), as if read here.
      throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
    }
  }

  /**
   * Starts reading and checking the class path's models. The thread inherits the caller's context class loader, the
   * one that sees the application's classes in a packaged jar (a pool thread's would not).
   */
  static void readAhead() {
    FutureTask<CheckedModels> task = new FutureTask<>(CheckedModels::readClassPath);
    if (AHEAD.compareAndSet(null, task)) {
      Thread thread = new Thread(task, "alur-model-check");
      thread.setDaemon(true);
      thread.start();
    }
  }

  private static CheckedModels readClassPath() {
    return check(ModelResources.onClassPath().load(), new ModelConventions());
  }
}
