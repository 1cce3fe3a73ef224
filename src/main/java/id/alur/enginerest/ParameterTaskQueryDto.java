package id.alur.enginerest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MultivaluedMap;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;

/** Camunda's task query from URL parameters, its parameters set through {@link QueryParameterSetters}. */
final class ParameterTaskQueryDto extends TaskQueryDto {

  private static final QueryParameterSetters SETTERS = new QueryParameterSetters(TaskQueryDto.class);

  // Camunda's constructor calls setValueBasedOnAnnotation for each parameter, with objectMapper already set.
  ParameterTaskQueryDto(ObjectMapper objectMapper, MultivaluedMap<String, String> parameters) {
    super(objectMapper, parameters);
  }

  @Override
  protected void setValueBasedOnAnnotation(String key, String value) {
    SETTERS.set(this, objectMapper, key, value);
  }
}
