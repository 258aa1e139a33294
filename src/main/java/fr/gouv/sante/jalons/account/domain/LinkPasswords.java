package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.AccountRejected;
import fr.gouv.sante.jalons.account.PasswordLinks.LinkHolder;
import fr.gouv.sante.jalons.account.PasswordLinks.Purpose;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A link from a mail used to choose a password: an invitation accepted, or a password reset. */
@Component
class LinkPasswords {

    private static final int MAX_TOKEN_LENGTH = 100;

    private final AppUserRepository users;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwords;
    private final SessionTermination sessions;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writing;

    LinkPasswords(
            AppUserRepository users,
            AccountTokenRepository tokens,
            PasswordEncoder passwords,
            SessionTermination sessions,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.users = users;
        this.tokens = tokens;
        this.passwords = passwords;
        this.sessions = sessions;
        this.events = events;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    Optional<LinkHolder> check(Purpose purpose, String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndPurpose(AccountTokens.hash(token), purpose)
                .filter(link -> link.usableAt(clock.instant()))
                .flatMap(link -> users.findById(link.getUserId()))
                .filter(AppUser::isEnabled)
                .map(user -> new LinkHolder(user.getEmail(), user.getDisplayName()));
    }

    void choosePassword(Purpose purpose, String token, String password) {
        if (!wellFormed(token)) {
            throw new AccountRejected("token", "link.invalid");
        }
        JpaUserAccounts.checkPassword(password);
        String hash = passwords.encode(password);
        Long userId = writing.execute(tx -> {
            Instant now = clock.instant();
            AccountToken link = tokens.lockByTokenHashAndPurpose(AccountTokens.hash(token), purpose)
                    .filter(found -> found.usableAt(now))
                    .orElseThrow(() -> new AccountRejected("token", "link.invalid"));
            AppUser user = users.findById(link.getUserId())
                    .filter(AppUser::isEnabled)
                    .orElseThrow(() -> new AccountRejected("token", "link.invalid"));
            link.use(now);
            tokens.spendAll(user.getId(), purpose, now);
            user.choosePassword(hash, now);
            users.flush();
            events.publishEvent(new ChangeRecorded(
                    user.getId(),
                    user.getDisplayName() + " <" + user.getEmail() + ">",
                    AccountAudit.Entity.USER.name(),
                    String.valueOf(user.getId()),
                    null,
                    (purpose == Purpose.INVITATION
                                    ? AccountAudit.Action.INVITATION_ACCEPTED
                                    : AccountAudit.Action.PASSWORD_RESET)
                            .name(),
                    null,
                    Map.of("email", user.getEmail())));
            return user.getId();
        });
        if (purpose == Purpose.RESET) {
            sessions.endSessions(userId);
        }
    }

    private static boolean wellFormed(String token) {
        return token != null
                && !token.isEmpty()
                && token.length() <= MAX_TOKEN_LENGTH
                && token.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'));
    }
}
