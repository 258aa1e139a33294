package fr.gouv.sante.jalons.account;

import java.time.Instant;

/**
 * Someone asked to reset the password of an existing, enabled account: its owner must receive
 * {@code token} (the database keeps only its hash). Published within the transaction that stored the link.
 */
public record PasswordResetRequested(long userId, String email, String displayName, String token, Instant expiresAt) {

    @Override
    public String toString() {
        return "PasswordResetRequested[userId=" + userId + "]";
    }
}
