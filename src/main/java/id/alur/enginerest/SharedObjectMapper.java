package id.alur.enginerest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.hal.Hal;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;

/**
 * The REST API's {@code ObjectMapper}, configured as Camunda's {@link JacksonConfigurator} configures it (its date
 * format, unknown properties ignored), but built once. Camunda's builds a new one for every call, and Jackson's
 * caches of what it learned about each class live in the mapper, so every request paid for that learning again.
 * A configured mapper is safe to share between threads (Jackson copies its date format for each use), and nothing
 * in Camunda's REST API changes the mapper it is given.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, Hal.APPLICATION_HAL_JSON})
public class SharedObjectMapper implements ContextResolver<ObjectMapper> {

  // Built at the first request rather than at start, so that a date format set while the application starts
  // (JacksonConfigurator.setDateFormatString) is the one used, as with Camunda's.
  private volatile ObjectMapper mapper;

  @Override
  public ObjectMapper getContext(Class<?> type) {
    ObjectMapper current = mapper;
    if (current == null) {
      current = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
      mapper = current;
    }
    return current;
  }
}
