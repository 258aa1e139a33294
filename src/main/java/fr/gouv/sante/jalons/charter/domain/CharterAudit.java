package fr.gouv.sante.jalons.charter.domain;

/**
 * The charter's words in the audit trail. Each constant's name is what is stored ({@code
 * audit_event.entity_type}, {@code audit_event.action}): renaming one would orphan the rows already
 * written, and the history's French sentences ({@code history.headline.<entity>.<action>}).
 */
final class CharterAudit {

    private CharterAudit() {}

    /** What an entry is about: the links of a commitment (the register's are those of {@code signatory}). */
    enum Entity {
        CHARTER_LINK
    }

    /** What happened to it. */
    enum Action {
        LINKED,
        UNLINKED
    }
}
