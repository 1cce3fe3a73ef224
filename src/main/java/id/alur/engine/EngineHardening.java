package id.alur.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.spring.SpringExpressionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * What a model can reach, enforced in the engine itself and not only in the deployment check: expressions
 * see only the beans named in {@code alur.engine.expression-beans} (Camunda's Spring default exposes every
 * bean of the application, data sources included), and every new deployment passes
 * {@link DeploymentCheck} before the engine parses it.
 */
@Component
class EngineHardening extends AbstractProcessEnginePlugin {

  private final ApplicationContext applicationContext;
  private final Set<String> expressionBeans;

  EngineHardening(ApplicationContext applicationContext,
      @Value("${alur.engine.expression-beans:}") List<String> expressionBeans) {
    this.applicationContext = applicationContext;
    this.expressionBeans = new LinkedHashSet<>(expressionBeans);
    this.expressionBeans.remove("");
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    Map<Object, Object> beans = new LazyBeans(applicationContext, expressionBeans);
    configuration.setBeans(beans);
    configuration.setExpressionManager(new SpringExpressionManager(applicationContext, beans));
    List<Deployer> preDeployers = configuration.getCustomPreDeployers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreDeployers());
    preDeployers.add(0, new DeploymentCheck(expressionBeans));
    configuration.setCustomPreDeployers(preDeployers);
  }

  /**
   * The allow-listed beans, looked up when an expression first asks: delegates may depend on engine
   * services, which do not exist yet while the engine is being configured.
   */
  private static final class LazyBeans extends HashMap<Object, Object> {

    private static final long serialVersionUID = 1L;
    private final transient ApplicationContext applicationContext;
    private final Set<String> names;

    LazyBeans(ApplicationContext applicationContext, Set<String> names) {
      this.applicationContext = applicationContext;
      this.names = Set.copyOf(names);
    }

    @Override
    public boolean containsKey(Object key) {
      return names.contains(key);
    }

    @Override
    public Object get(Object key) {
      return names.contains(key) ? applicationContext.getBean((String) key) : null;
    }
  }
}
