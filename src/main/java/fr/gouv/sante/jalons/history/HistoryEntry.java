package fr.gouv.sante.jalons.history;

import java.time.Instant;

/** One recorded change; {@code before} and {@code after} are JSON objects (null for a creation or deletion). */
public record HistoryEntry(
        long id,
        Instant occurredAt,
        Long actorId,
        String actor,
        String entityType,
        String entityId,
        Long objectiveId,
        String action,
        String before,
        String after) {}
