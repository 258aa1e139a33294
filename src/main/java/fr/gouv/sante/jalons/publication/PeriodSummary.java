package fr.gouv.sante.jalons.publication;

import fr.gouv.sante.jalons.shared.DatePrecision;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A reporting period such as 2024-S2. {@code publishedAt} is null until the DNS publishes it;
 * {@code publishedPrecision} says whether its day is known ({@code DAY}) or only its month
 * ({@code MONTH}, a period taken over from a document dated by month).
 */
public record PeriodSummary(
        String code, LocalDate startsOn, LocalDate endsOn, Instant publishedAt, DatePrecision publishedPrecision) {}
