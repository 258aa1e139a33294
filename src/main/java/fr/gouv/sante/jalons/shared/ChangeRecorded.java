package fr.gouv.sante.jalons.shared;

import java.util.Map;

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
        Long actorId,
        String actorLabel,
        String entityType,
        String entityId,
        Long objectiveId,
        String action,
        Map<String, Object> before,
        Map<String, Object> after) {}
