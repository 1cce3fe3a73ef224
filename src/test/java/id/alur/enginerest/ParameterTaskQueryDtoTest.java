package id.alur.enginerest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.dto.task.TaskQueryDto;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A task list's URL parameters read through the table of setters give exactly Camunda's query, and its errors. */
class ParameterTaskQueryDtoTest {

  private final ObjectMapper mapper = new SharedObjectMapper().getContext(ObjectMapper.class);

  private static MultivaluedMap<String, String> parameters(Map<String, String> values) {
    MultivaluedMap<String, String> parameters = new MultivaluedHashMap<>();
    values.forEach(parameters::add);
    return parameters;
  }

  @Test
  @DisplayName("the clerks' list, dates, numbers, variables and an unknown parameter make Camunda's query")
  void sameQueryAsCamunda() throws Exception {
    MultivaluedMap<String, String> asked = parameters(Map.of("candidateGroups", "dcktr,dinkes",
        "processDefinitionKeyIn", "Pengaduan,PermohonanPbg", "unassigned", "true", "sortBy", "dueDate",
        "sortOrder", "asc", "dueBefore", "2026-12-01T10:00:00.000+0700", "priority", "50",
        "processVariables", "trackingNumber_eq_ADU-2026-000001", "nameLike", "%Verifikasi%",
        "noSuchParameter", "ignored"));

    String camunda = mapper.writeValueAsString(new TaskQueryDto(mapper, asked));
    String ours = mapper.writeValueAsString(new ParameterTaskQueryDto(mapper, asked));

    assertThat(ours).isEqualTo(camunda).contains("\"candidateGroups\":[\"dcktr\",\"dinkes\"]")
        .contains("\"priority\":50").contains("ADU-2026-000001");
  }

  @Test
  @DisplayName("a value of the wrong type is refused with Camunda's status and message, naming the parameter")
  void sameRefusalAsCamunda() {
    for (Map.Entry<String, String> wrong : Map.of("priority", "tinggi", "dueBefore", "besok").entrySet()) {
      MultivaluedMap<String, String> asked = parameters(Map.of(wrong.getKey(), wrong.getValue()));
      RestException camunda = catchThrowableOfType(RestException.class, () -> new TaskQueryDto(mapper, asked));
      RestException ours = catchThrowableOfType(RestException.class,
          () -> new ParameterTaskQueryDto(mapper, asked));
      assertThat(camunda).as(wrong.getKey()).isNotNull();
      assertThat(ours).as(wrong.getKey()).isNotNull();
      assertThat(ours.getStatus()).isEqualTo(camunda.getStatus());
      assertThat(ours.getMessage()).isEqualTo(camunda.getMessage()).contains("'" + wrong.getKey() + "'");
    }
  }
}
