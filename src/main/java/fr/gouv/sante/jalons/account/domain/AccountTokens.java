package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.PasswordLinks;
import fr.gouv.sante.jalons.account.PasswordLinks.Purpose;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import org.springframework.stereotype.Component;

/**
 * Makes single-use links: 256 random bits, URL-safe; the database keeps their SHA-256 only (a
 * stolen database gives no working link; a fast hash is enough for a secret of full entropy).
 */
@Component
class AccountTokens {

    private final SecureRandom random = new SecureRandom();
    private final AccountTokenRepository tokens;
    private final Clock clock;

    AccountTokens(AccountTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new link for the account; earlier unused links of the same purpose stop working. @return the secret */
    IssuedToken issue(long userId, Purpose purpose) {
        Instant now = clock.instant();
        tokens.spendAll(userId, purpose, now);
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Duration validity =
                purpose == Purpose.INVITATION ? PasswordLinks.INVITATION_VALIDITY : PasswordLinks.RESET_VALIDITY;
        Instant expiresAt = now.plus(validity);
        tokens.save(new AccountToken(userId, purpose, hash(token), now, expiresAt));
        return new IssuedToken(token, expiresAt);
    }

    /** Every unused link of the account, whatever its purpose, stops working (the account is disabled). */
    void spendAll(long userId) {
        tokens.spendEvery(userId, clock.instant());
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A link's secret (to send) and when it expires. */
    record IssuedToken(String token, Instant expiresAt) {}
}
