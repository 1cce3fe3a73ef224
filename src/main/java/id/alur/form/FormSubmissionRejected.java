package id.alur.form;

import id.alur.web.ErrorReply;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A submission the form does not allow. A {@link FormFieldValidationException}, so that the engine's REST
 * API answers 400 for it; {@link FormRejectionBodies} then puts every field in that answer.
 */
public class FormSubmissionRejected extends FormFieldValidationException {

  private static final long serialVersionUID = 1L;

  private final String formId;
  private final transient List<RejectedField> fields;
  private final String messageEn;

  FormSubmissionRejected(String formId, List<RejectedField> fields, FormMessages messages) {
    super(fields, messages.summary(fields, FormMessages.INDONESIAN));
    this.formId = formId;
    this.fields = List.copyOf(fields);
    this.messageEn = messages.summary(fields, Locale.ENGLISH);
  }

  public String formId() {
    return formId;
  }

  public List<RejectedField> fields() {
    return fields;
  }

  public String messageEn() {
    return messageEn;
  }

  /** The 400 answer: every refused field, its label, the problem and the message in both languages. */
  public void writeTo(HttpServletResponse response) throws IOException {
    ErrorReply.write(response, HttpServletResponse.SC_BAD_REQUEST, "FormValidationException", getMessage(),
        messageEn, Map.of("form", formId, "fields", fields));
  }
}
