package fr.gouv.sante.jalons.history;

import java.time.Instant;

/** One recorded change; {@code before} and {@code after} are JSON objects (null for a creation or deletion). */
public record HistoryEntry(Instant occurredAt, String actor, String entityType, String entityId, String action,
                           String before, String after) {
}
