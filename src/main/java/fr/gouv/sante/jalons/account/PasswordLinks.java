package fr.gouv.sante.jalons.account;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * Single-use links sent by e-mail, with which people choose their password: the invitation of a new
 * account (valid 72 hours) and the password reset (valid 1 hour). Only a hash of each link is stored.
 */
public interface PasswordLinks {

    Duration INVITATION_VALIDITY = Duration.ofDays(3);
    Duration RESET_VALIDITY = Duration.ofHours(1);

    /** The path of an invitation link, before its secret. */
    String INVITATION_PATH = "/invitation/";

    /** The path of a reset link, before its secret. */
    String RESET_PATH = "/mot-de-passe/";

    /** What a link is for. */
    enum Purpose {
        INVITATION(INVITATION_PATH),
        RESET(RESET_PATH);

        private final String path;

        Purpose(String path) {
            this.path = path;
        }

        /** The path of the link that carries this secret. */
        public String link(String token) {
            return path + token;
        }
    }

    /**
     * The text (a request path, a mail body) with the secret of every link masked, as in
     * {@code /invitation/***}: a link's secret is a credential, so no log line, metric, error page or
     * administrator's page may hold it. Null stays null.
     */
    @Contract("null -> null; !null -> !null")
    static @Nullable String withoutSecrets(@Nullable String text) {
        return text == null ? null : SecretLinks.SECRET.matcher(text).replaceAll("$1***");
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
     * For system jobs (the campaign reminders): sends the invitation again, in the caller's
     * transaction, to an enabled account that still has no password; earlier links stop working.
     *
     * @param invitedBy who the mail says invites the person
     * @return false (nothing sent) if the account has a password by now, is disabled or does not exist
     */
    boolean remindInvitation(long userId, String invitedBy);

    /**
     * Sends a reset link if the address belongs to an enabled account. Says nothing either way and
     * takes the same time (the work happens in the background); requests are throttled per address
     * and per client.
     */
    void requestReset(String email, String clientAddress);

    /** The person a valid link is for. */
    record LinkHolder(String email, String displayName) {}

    /** Where the secret of a link starts and ends. */
    final class SecretLinks {

        private static final Pattern SECRET =
                Pattern.compile("(" + Pattern.quote(INVITATION_PATH) + "|" + Pattern.quote(RESET_PATH) + ")[^/?#\\s]+");

        private SecretLinks() {}
    }
}
