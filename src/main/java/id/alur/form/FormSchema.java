package id.alur.form;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A parsed Camunda Form: its id and its input fields in the order the clerk sees them. */
public record FormSchema(String id, List<FormField> fields) {

  public FormSchema {
    fields = List.copyOf(fields);
  }

  /** The variables this form writes. */
  public Set<String> keys() {
    Map<String, FormField> byKey = new LinkedHashMap<>();
    fields.forEach(field -> byKey.put(field.key(), field));
    return byKey.keySet();
  }

  public Optional<FormField> field(String key) {
    return fields.stream().filter(field -> field.key().equals(key)).findFirst();
  }
}
