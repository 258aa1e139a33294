package fr.gouv.sante.jalons.publication;

import java.time.Instant;

/** A report made public by a supplementary publication of its period (numbered from 2). */
public record LateReport(long objectiveId, Instant publishedAt, int publication) {}
