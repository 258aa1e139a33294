package fr.gouv.sante.jalons.progress;

import java.time.Instant;
import java.time.LocalDate;

/** A reporting period such as 2024-S2. {@code publishedAt} is null until the DNS publishes it. */
public record PeriodSummary(String code, LocalDate startsOn, LocalDate endsOn, Instant publishedAt) {}
