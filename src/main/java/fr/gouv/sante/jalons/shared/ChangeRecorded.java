package fr.gouv.sante.jalons.shared;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A change someone made, for the audit trail: published by the module that made it, inside the
 * same transaction, and stored by the history module (append-only).
 *
 * @param actorId the user's id, null for the system (first start, migrations)
 * @param objectiveId the objective the change concerns, if any, so that its history can be shown
 * @param before the state before the change (null for a creation)
 * @param after the state after the change (null for a deletion)
 */
public record ChangeRecorded(
        @Nullable Long actorId,
        String actorLabel,
        String entityType,
        String entityId,
        @Nullable Long objectiveId,
        String action,
        @Nullable Map<String, Object> before,
        @Nullable Map<String, Object> after) {}
