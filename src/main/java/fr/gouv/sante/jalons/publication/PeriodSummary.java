package fr.gouv.sante.jalons.publication;

import fr.gouv.sante.jalons.shared.DatePrecision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A reporting period such as 2024-S2. {@code publishedAt} is null until the DNS publishes it;
 * {@code publishedPrecision} says whether its day is known ({@code DAY}) or only its month
 * ({@code MONTH}, a period taken over from a document dated by month).
 */
public record PeriodSummary(
        String code,
        LocalDate startsOn,
        LocalDate endsOn,
        @Nullable Instant publishedAt,
        @Nullable DatePrecision publishedPrecision) {

    /** When a period read among the published ones was published: it has been, so it is set. */
    public Instant requirePublishedAt() {
        return Objects.requireNonNull(publishedAt, () -> "period " + code + " is not published");
    }
}
