package id.alur.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CheckedModelsTest {

  @Test
  @DisplayName("the models read ahead while Spring starts are the class path's models with their check, taken once")
  void readAheadGivesWhatAReadHereGives() throws Exception {
    CheckedModels here = CheckedModels.check(ModelResources.onClassPath().load(), new ModelConventions());

    Thread caller = new Thread(CheckedModels::readAhead);
    caller.setContextClassLoader(getClass().getClassLoader());
    caller.start();
    caller.join();
    CheckedModels ahead = CheckedModels.onClassPath();

    assertThat(ahead.models()).isNotEmpty().isEqualTo(here.models());
    assertThat(ahead.violations()).isEqualTo(here.violations());
    // Taken once: a later deployment (a test's engine, a second context) reads the class path again.
    assertThat(CheckedModels.onClassPath()).isNotSameAs(ahead).isEqualTo(here);
  }
}
