package id.alur.enginerest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.dto.CountResultDto;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.camunda.bpm.engine.rest.hal.task.HalTaskList;
import org.camunda.bpm.engine.rest.impl.TaskRestServiceImpl;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/**
 * Camunda's {@code /task} resource, whose {@code GET /task} and {@code GET /task/count} read their URL parameters
 * through {@link ParameterTaskQueryDto}; the rest is Camunda's, and so is every answer.
 */
class TaskListFromParameters extends TaskRestServiceImpl {

  TaskListFromParameters(ObjectMapper objectMapper) {
    super(null, objectMapper);
  }

  @Override
  public List<TaskDto> getJsonTasks(UriInfo uriInfo, Integer firstResult, Integer maxResults) {
    return queryTasks(query(uriInfo), firstResult, maxResults);
  }

  @Override
  public HalTaskList getHalTasks(UriInfo uriInfo, Integer firstResult, Integer maxResults) {
    ProcessEngine engine = getProcessEngine();
    TaskQuery query = query(uriInfo).toQuery(engine);
    List<Task> page = executeTaskQuery(firstResult, maxResults, query);
    return HalTaskList.generate(page, query.count(), engine);
  }

  @Override
  public CountResultDto getTasksCount(UriInfo uriInfo) {
    return queryTasksCount(query(uriInfo));
  }

  private ParameterTaskQueryDto query(UriInfo uriInfo) {
    return new ParameterTaskQueryDto(getObjectMapper(), uriInfo.getQueryParameters());
  }
}
