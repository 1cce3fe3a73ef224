package id.alur.enginerest;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response.Status;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.rest.dto.AbstractSearchQueryDto;
import org.camunda.bpm.engine.rest.dto.CamundaQueryParam;
import org.camunda.bpm.engine.rest.dto.converter.JacksonAwareStringToTypeConverter;
import org.camunda.bpm.engine.rest.exception.InvalidRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;

/**
 * Sets a query DTO's URL parameters as Camunda's {@link AbstractSearchQueryDto} does (the setters annotated with
 * {@link CamundaQueryParam} of the parameter's name, the value converted by the annotation's converter, the same
 * errors), from a table made once per DTO class. Camunda looks the setters up again for every parameter of every
 * request: it copies all public methods of the DTO and their annotations (about 200 on a task query) for each
 * parameter, 5% of Alur's CPU under the clerks' load.
 */
final class QueryParameterSetters {

  private record Setter(Method method, Class<? extends JacksonAwareStringToTypeConverter<?>> converter) {
  }

  private final Map<String, List<Setter>> byParameter;

  QueryParameterSetters(Class<? extends AbstractSearchQueryDto> dto) {
    Map<String, List<Setter>> table = new HashMap<>();
    for (Method method : dto.getMethods()) {
      CamundaQueryParam parameter = method.getAnnotation(CamundaQueryParam.class);
      if (parameter != null) {
        table.computeIfAbsent(parameter.value(), name -> new ArrayList<>())
            .add(new Setter(method, parameter.converter()));
      }
    }
    table.replaceAll((name, setters) -> List.copyOf(setters));
    this.byParameter = Map.copyOf(table);
  }

  /** Sets {@code key} on {@code dto}; a parameter the DTO does not know is ignored, as Camunda ignores it. */
  void set(AbstractSearchQueryDto dto, ObjectMapper objectMapper, String key, String value) {
    for (Setter setter : byParameter.getOrDefault(key, List.of())) {
      try {
        JacksonAwareStringToTypeConverter<?> converter = setter.converter().getDeclaredConstructor().newInstance();
        converter.setObjectMapper(objectMapper);
        setter.method().invoke(dto, converter.convertQueryParameterToType(value));
      } catch (InstantiationException | IllegalAccessException | NoSuchMethodException e) {
        throw new RestException(Status.INTERNAL_SERVER_ERROR, e, "Server error.");
      } catch (InvocationTargetException e) {
        throw new InvalidRequestException(Status.BAD_REQUEST, e,
            "Cannot set query parameter '" + key + "' to value '" + value + "'");
      } catch (RestException e) {
        throw new InvalidRequestException(e.getStatus(), e,
            "Cannot set query parameter '" + key + "' to value '" + value + "': " + e.getMessage());
      }
    }
  }
}
