package fr.gouv.sante.jalons.account.domain;

/**
 * The accounts' words in the audit trail. Each constant's name is what is stored ({@code
 * audit_event.entity_type}, {@code audit_event.action}): renaming one would orphan the rows already
 * written.
 */
final class AccountAudit {

    private AccountAudit() {}

    /** What an entry is about. */
    enum Entity {
        USER
    }

    /** What happened to it. */
    enum Action {
        CREATED,
        ROLE_CHANGED,
        ENABLED,
        DISABLED,
        INVITATION_ACCEPTED,
        INVITATION_RESENT,
        PASSWORD_RESET,
        /** The first ProConnect sign-in: the identity's uid is remembered. */
        PROCONNECT_LINKED,
        PROCONNECT_ONLY_SET,
        PROCONNECT_ONLY_CLEARED
    }
}
