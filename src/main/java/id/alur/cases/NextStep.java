package id.alur.cases;

import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * What a citizen must do next on their case, as the service that carries it says.
 *
 * @param code the service's name for the step ({@code COMPLETE_FILE}, {@code PAY}...)
 * @param detail the clerk's words (the missing documents, the revision asked for, the SKRD to pay)
 * @param dueAt by when the citizen must act, or when the city must decide while the citizen only waits
 */
public record NextStep(String code, String indonesian, String english, Optional<String> detail,
    Optional<OffsetDateTime> dueAt) {
}
