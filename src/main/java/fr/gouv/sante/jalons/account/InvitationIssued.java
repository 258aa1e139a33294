package fr.gouv.sante.jalons.account;

import java.time.Instant;

/**
 * An account was created (or its invitation sent again): the person must receive {@code token}, the
 * only copy of the single-use link's secret (the database keeps its hash). Published within the
 * transaction that stored the link, so that the mail is queued with it or not at all.
 */
public record InvitationIssued(
        long userId, String email, String displayName, String token, Instant expiresAt, String invitedBy) {

    @Override
    public String toString() {
        return "InvitationIssued[userId=" + userId + "]";
    }
}
