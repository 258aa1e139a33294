package fr.gouv.sante.jalons.signatory.domain;

/**
 * The register's words in the audit trail. Each constant's name is what is stored ({@code
 * audit_event.entity_type}, {@code audit_event.action}): renaming one would orphan the rows already
 * written, and the history's French sentences ({@code history.headline.<entity>.<action>}). The entity
 * keeps the charter's prefix it had when the register was part of the charter's module.
 */
final class SignatoryAudit {

    private SignatoryAudit() {}

    /** What an entry is about: a company of the register. */
    enum Entity {
        CHARTER_SIGNATORY
    }

    /** What happened to it. */
    enum Action {
        CREATED,
        CHANGED,
        WITHDRAWN,
        REINSTATED,
        IMPORTED
    }
}
