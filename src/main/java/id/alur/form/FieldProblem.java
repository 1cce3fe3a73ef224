package id.alur.form;

import java.util.List;

/**
 * What is wrong with one submitted field: the variable's name, the kind of problem, and the values the
 * message names (a limit, the allowed options). {@link FormMessages} turns it into text.
 */
public record FieldProblem(String field, Kind kind, List<Object> arguments) {

  /** The kinds of problem; each has a message {@code form.problem.<KIND>} in both languages. */
  public enum Kind {
    REQUIRED, NOT_ON_FORM, HIDDEN, READ_ONLY, NOT_TEXT, NOT_NUMBER, NOT_BOOLEAN, NOT_A_LIST, TOO_SHORT,
    TOO_LONG, BELOW_MIN, ABOVE_MAX, TOO_MANY_DECIMALS, NOT_A_STEP, PATTERN, EMAIL, PHONE, NOT_AN_OPTION,
    REPEATED_OPTION, NOT_A_DATE, NOT_A_TIME, NOT_A_DATETIME, PAST_DATE
  }

  public FieldProblem {
    arguments = List.copyOf(arguments);
  }

  static FieldProblem of(String field, Kind kind, Object... arguments) {
    return new FieldProblem(field, kind, List.of(arguments));
  }
}
