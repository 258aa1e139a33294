package fr.gouv.sante.jalons.campaign;

import java.util.Set;

/**
 * The campaign's words in the audit trail: what changed, and what happened to it. Each constant's
 * name is what is stored ({@code audit_event.entity_type}, {@code audit_event.action}): renaming one
 * would orphan the rows already written.
 */
public final class CampaignAudit {

    private CampaignAudit() {}

    /** What an entry is about. */
    public enum Entity {
        PROGRESS_REPORT,
        MEASUREMENT,
        REPORTING_PERIOD,
        REPORTING_RULE
    }

    /** What happened to it. */
    public enum Action {
        CREATED,
        CREATED_AND_SUBMITTED,
        SAVED,
        SAVED_AND_SUBMITTED,
        UPDATED,
        DELETED,
        WITHDRAWN,
        VALIDATED,
        SENT_BACK,
        PUBLISHED,
        CORRECTED,
        STATUS_CONFIRMED,
        STATUS_CHANGED,
        OPENED,
        CLOSED,
        OPENING_CANCELLED;

        private static final Set<Action> SUBMISSIONS = Set.of(CREATED_AND_SUBMITTED, SAVED_AND_SUBMITTED);

        /** A save that sent the report to the review. */
        public boolean submission() {
            return SUBMISSIONS.contains(this);
        }

        /** The action stored as {@code name}, if it is one of the campaign's. */
        public static java.util.Optional<Action> stored(String name) {
            for (Action action : values()) {
                if (action.name().equals(name)) {
                    return java.util.Optional.of(action);
                }
            }
            return java.util.Optional.empty();
        }
    }
}
