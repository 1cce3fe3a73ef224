package id.alur.engine;

import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.ProcessEngineFactoryBean;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDependsOnDatabaseInitializationDetector;

/**
 * The engine runs with schema update off and checks its tables when it is built, so it must be built after
 * Liquibase has created them. Spring Boot orders beans that depend on database initialization after the
 * initializers; this detector tells it that the engine is such a bean (registered in spring.factories).
 */
public class EngineWaitsForLiquibase extends AbstractBeansOfTypeDependsOnDatabaseInitializationDetector {

  @Override
  protected Set<Class<?>> getDependsOnDatabaseInitializationBeanTypes() {
    return Set.of(ProcessEngineFactoryBean.class, ProcessEngineConfigurationImpl.class);
  }
}
