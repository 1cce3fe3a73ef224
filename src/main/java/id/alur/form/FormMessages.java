package id.alur.form;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The texts of refused fields, from the message bundles ({@code form.problem.<KIND>}). */
@Component
public class FormMessages {

  static final Locale INDONESIAN = Locale.forLanguageTag("id");

  private final MessageSource messages;

  FormMessages(MessageSource messages) {
    this.messages = messages;
  }

  List<RejectedField> describe(FormSchema form, List<FieldProblem> problems) {
    return problems.stream().map(problem -> {
      String label = form.field(problem.field()).map(FormField::label).orElse(problem.field());
      Object[] arguments = problem.arguments().toArray();
      String code = "form.problem." + problem.kind().name();
      return new RejectedField(problem.field(), label, problem.kind().name(),
          messages.getMessage(code, arguments, INDONESIAN), messages.getMessage(code, arguments, Locale.ENGLISH));
    }).toList();
  }

  String summary(List<RejectedField> fields, Locale locale) {
    String intro = messages.getMessage("form.rejected", null, locale);
    return intro + ": " + String.join("; ", fields.stream()
        .map(field -> field.field() + " (" + (locale.equals(Locale.ENGLISH) ? field.messageEn() : field.message()) + ")")
        .toList());
  }
}
