package fr.gouv.sante.jalons.charter.domain;

/**
 * The charter's words in the audit trail. Each constant's name is what is stored ({@code
 * audit_event.entity_type}, {@code audit_event.action}): renaming one would orphan the rows already
 * written, and the history's French sentences ({@code history.headline.<entity>.<action>}).
 */
final class CharterAudit {

    private CharterAudit() {}

    /** What an entry is about: a company of the register, or the links of a commitment. */
    enum Entity {
        CHARTER_SIGNATORY,
        CHARTER_LINK
    }

    /** What happened to it. */
    enum Action {
        CREATED,
        CHANGED,
        WITHDRAWN,
        REINSTATED,
        IMPORTED,
        LINKED,
        UNLINKED
    }
}
