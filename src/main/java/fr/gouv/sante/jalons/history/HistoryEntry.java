package fr.gouv.sante.jalons.history;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One recorded change; {@code before} and {@code after} are JSON objects (null for a creation or deletion). */
public record HistoryEntry(
        long id,
        Instant occurredAt,
        @Nullable Long actorId,
        @Nullable String actor,
        String entityType,
        String entityId,
        @Nullable Long objectiveId,
        String action,
        @Nullable String before,
        @Nullable String after) {}
