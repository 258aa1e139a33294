package fr.gouv.sante.jalons.commitment.domain;

/**
 * The follow-up's words in the audit trail. Each constant's name is what is stored ({@code
 * audit_event.entity_type}, {@code audit_event.action}): renaming one would orphan the rows already
 * written, and the history's French sentences ({@code history.headline.<entity>.<action>}).
 */
final class CommitmentAudit {

    private CommitmentAudit() {}

    /** What an entry is about: a commitment's leads, or its report of a period. */
    enum Entity {
        COMMITMENT_LEADS,
        COMMITMENT_REPORT
    }

    /** What happened to it. */
    enum Action {
        CHANGED,
        SAVED,
        SUBMITTED,
        VALIDATED,
        SENT_BACK,
        PUBLISHED
    }
}
