package id.alur.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.ibatis.builder.xml.XMLMapperBuilder;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Adds statements of Alur's own to the engine's MyBatis mapping, where they can use the engine's result maps and
 * settings ({@code ${prefix}} and the like) and run in the engine's sessions.
 */
public final class EngineMappings {

  private EngineMappings() {
  }

  /** Reads a mapper file from the class path into the engine's mapping; call it in a plugin's {@code postInit}. */
  public static void add(ProcessEngineConfigurationImpl configuration, String resource) {
    var mybatis = configuration.getSqlSessionFactory().getConfiguration();
    try (InputStream xml = EngineMappings.class.getResourceAsStream(resource)) {
      if (xml == null) {
        throw new IllegalStateException(resource + " is not on the class path");
      }
      new XMLMapperBuilder(xml, mybatis, resource, mybatis.getSqlFragments()).parse();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
