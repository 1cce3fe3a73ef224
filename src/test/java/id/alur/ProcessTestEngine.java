package id.alur;

import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;

/** The in-memory engine of the process tests, configured by process-tests.camunda.cfg.xml. */
public final class ProcessTestEngine {

  private ProcessTestEngine() {
  }

  public static ProcessEngineExtension extension() {
    return ProcessEngineExtension.builder().configurationResource("process-tests.camunda.cfg.xml").build();
  }
}
