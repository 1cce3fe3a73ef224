package id.alur.enginerest;

import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

/**
 * The Jersey application of {@code /engine-rest}: the resources and providers the Camunda starter registers (its
 * own configuration backs off when this bean exists), with two of them replaced by Alur's:
 * <ul>
 *   <li>{@link SharedObjectMapper} instead of {@link JacksonConfigurator}, which builds a new {@code ObjectMapper}
 *   for every resource and every body read or written, so that Jackson learns every class again on each
 *   request;</li>
 *   <li>{@link DefaultEngineRoot} instead of {@link DefaultProcessEngineRestServiceImpl}, the same root resource
 *   whose task list reads its URL parameters through {@link QueryParameterSetters}.</li>
 * </ul>
 */
@Component
class EngineRestApi extends CamundaJerseyResourceConfig {

  @Override
  protected void registerCamundaRestResources() {
    Set<Class<?>> resources = new LinkedHashSet<>(CamundaRestResources.getResourceClasses());
    resources.remove(DefaultProcessEngineRestServiceImpl.class);
    resources.add(DefaultEngineRoot.class);
    registerClasses(resources);

    Set<Class<?>> providers = new LinkedHashSet<>(CamundaRestResources.getConfigurationClasses());
    providers.remove(JacksonConfigurator.class);
    providers.add(SharedObjectMapper.class);
    registerClasses(providers);
    register(JacksonFeature.class);
  }
}
