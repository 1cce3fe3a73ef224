package id.alur.form;

import java.util.List;
import org.springframework.lang.Nullable;

/**
 * One input field of a form: the process variable it writes ({@code key}), what it accepts, and when it is
 * shown. {@code readOnly} covers form-js {@code readonly} and {@code disabled}: the clerk sees the value but
 * cannot change it. Options are the static {@code values}, or are read at submission time from the variable
 * named by {@code valuesKey}.
 */
public record FormField(String key, String type, FieldKind kind, String label, boolean readOnly,
    @Nullable String hideCondition, FieldRules rules, List<String> options, @Nullable String valuesKey,
    boolean serializeToString) {
}
