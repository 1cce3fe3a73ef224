package id.alur.enginerest;

import jakarta.ws.rs.Path;
import org.camunda.bpm.engine.rest.TaskRestService;
import org.camunda.bpm.engine.rest.impl.DefaultProcessEngineRestServiceImpl;
import org.camunda.bpm.engine.rest.impl.TaskRestServiceImpl;

/**
 * Camunda's root resource of the default engine, whose {@code /task} is {@link TaskListFromParameters}. The
 * sub-resource's path comes with the overridden method (JAX-RS annotations of a method are inherited by a method
 * that overrides it without annotations of its own).
 */
@Path(DefaultProcessEngineRestServiceImpl.PATH)
public class DefaultEngineRoot extends DefaultProcessEngineRestServiceImpl {

  @Override
  public TaskRestService getTaskRestService() {
    TaskRestServiceImpl tasks = new TaskListFromParameters(getObjectMapper());
    tasks.setRelativeRootResourceUri(getRelativeEngineUri(null).toASCIIString());
    return tasks;
  }
}
