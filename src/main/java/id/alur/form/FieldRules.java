package id.alur.form;

import java.math.BigDecimal;
import java.util.regex.Pattern;
import org.springframework.lang.Nullable;

/**
 * The validation a form-js field declares ({@code validate.*}, {@code decimalDigits}, {@code increment},
 * {@code disallowPassedDates}). Lengths count the trimmed text, as form-js does; {@code maxLength} is
 * always set, to the form's value or {@link FormSchemaReader#MAX_TEXT_LENGTH}.
 */
public record FieldRules(boolean required, @Nullable BigDecimal min, @Nullable BigDecimal max,
    @Nullable Integer minLength, int maxLength, @Nullable Pattern pattern, @Nullable String validationType,
    @Nullable Integer decimalDigits, @Nullable BigDecimal increment, boolean disallowPassedDates) {
}
