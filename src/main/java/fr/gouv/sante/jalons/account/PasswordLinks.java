package fr.gouv.sante.jalons.account;

import java.time.Duration;
import java.util.Optional;

/**
 * Single-use links sent by e-mail, with which people choose their password: the invitation of a new
 * account (valid 72 hours) and the password reset (valid 1 hour). Only a hash of each link is stored.
 */
public interface PasswordLinks {

    Duration INVITATION_VALIDITY = Duration.ofDays(3);
    Duration RESET_VALIDITY = Duration.ofHours(1);

    /** What a link is for. */
    enum Purpose {
        INVITATION,
        RESET
    }

    /** The person a link is for, if the link exists, is unused and has not expired. */
    Optional<LinkHolder> check(Purpose purpose, String token);

    /**
     * Sets the password and spends the link. After a reset, every open session of the account ends.
     *
     * @throws AccountRejected on the field {@code password} (too short, too long...) or {@code token}
     *         (unknown, expired or used link): nothing changed
     */
    void choosePassword(Purpose purpose, String token, String password);

    /** Sends a new invitation to an account that has no password yet; earlier links stop working. */
    void resendInvitation(CurrentUser admin, long userId);

    /**
     * Sends a reset link if the address belongs to an enabled account. Says nothing either way and
     * takes the same time (the work happens in the background); requests are throttled per address
     * and per client.
     */
    void requestReset(String email, String clientAddress);

    /** The person a valid link is for. */
    record LinkHolder(String email, String displayName) {}
}
