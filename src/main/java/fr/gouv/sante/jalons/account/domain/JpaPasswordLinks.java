package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.AccountRejected;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.InvitationIssued;
import fr.gouv.sante.jalons.account.PasswordLinks;
import fr.gouv.sante.jalons.account.PasswordResetRequested;
import fr.gouv.sante.jalons.account.UserAccounts;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.TextRules;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

@Service
class JpaPasswordLinks implements PasswordLinks {

    private static final Logger LOG = LoggerFactory.getLogger(JpaPasswordLinks.class);
    private static final int MAX_TOKEN_LENGTH = 100;

    private final AppUserRepository users;
    private final AccountTokenRepository tokens;
    private final AccountTokens issuer;
    private final PasswordEncoder passwords;
    private final AccessPolicy policy;
    private final ResetThrottle throttle;
    private final SessionTermination sessions;
    private final ApplicationEventPublisher events;
    private final TaskExecutor background;
    private final Clock clock;
    private final TransactionTemplate writing;

    JpaPasswordLinks(
            AppUserRepository users,
            AccountTokenRepository tokens,
            AccountTokens issuer,
            PasswordEncoder passwords,
            AccessPolicy policy,
            ResetThrottle throttle,
            SessionTermination sessions,
            ApplicationEventPublisher events,
            @Qualifier("applicationTaskExecutor") TaskExecutor background,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.users = users;
        this.tokens = tokens;
        this.issuer = issuer;
        this.passwords = passwords;
        this.policy = policy;
        this.throttle = throttle;
        this.sessions = sessions;
        this.events = events;
        this.background = background;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    @Override
    public Optional<LinkHolder> check(Purpose purpose, String token) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return tokens.findByTokenHashAndPurpose(AccountTokens.hash(token), purpose)
                .filter(link -> link.usableAt(clock.instant()))
                .flatMap(link -> users.findById(link.getUserId()))
                .filter(AppUser::isEnabled)
                .map(user -> new LinkHolder(user.getEmail(), user.getDisplayName()));
    }

    @Override
    public void choosePassword(Purpose purpose, String token, String password) {
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
                    "USER",
                    String.valueOf(user.getId()),
                    null,
                    purpose == Purpose.INVITATION ? "INVITATION_ACCEPTED" : "PASSWORD_RESET",
                    null,
                    Map.of("email", user.getEmail())));
            return user.getId();
        });
        if (purpose == Purpose.RESET) {
            sessions.endSessions(userId);
        }
    }

    @Override
    public void resendInvitation(CurrentUser admin, long userId) {
        policy.requireAdmin(admin);
        writing.executeWithoutResult(tx -> {
            AppUser user =
                    users.findById(userId).orElseThrow(() -> new NotFoundException("user", String.valueOf(userId)));
            if (user.hasPassword()) {
                throw new AccountRejected("invitation", "invitation.already-accepted");
            }
            reissue(user, admin.id(), admin.label(), admin.displayName());
        });
    }

    @Override
    public boolean remindInvitation(long userId, String invitedBy) {
        return Boolean.TRUE.equals(writing.execute(tx -> users.findById(userId)
                .filter(user -> user.isEnabled() && !user.hasPassword())
                .map(user -> {
                    reissue(user, null, invitedBy, invitedBy);
                    return true;
                })
                .orElse(false)));
    }

    private void reissue(AppUser user, Long actorId, String actorLabel, String invitedBy) {
        AccountTokens.IssuedToken invitation = issuer.issue(user.getId(), Purpose.INVITATION);
        events.publishEvent(new ChangeRecorded(
                actorId,
                actorLabel,
                "USER",
                String.valueOf(user.getId()),
                null,
                "INVITATION_RESENT",
                null,
                Map.of("email", user.getEmail())));
        events.publishEvent(new InvitationIssued(
                user.getId(),
                user.getEmail(),
                user.getDisplayName(),
                invitation.token(),
                invitation.expiresAt(),
                invitedBy));
    }

    @Override
    public void requestReset(String email, String clientAddress) {
        String normalised = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        if (!TextRules.isAcceptable(normalised, UserAccounts.MAX_EMAIL_LENGTH)
                || !throttle.allow(normalised, clientAddress)) {
            return;
        }
        // The caller answers at once whatever happens here: an address that exists takes no longer
        // to answer than one that does not.
        background.execute(() -> {
            try {
                writing.executeWithoutResult(tx -> users.findByEmail(normalised)
                        .filter(AppUser::isEnabled)
                        .ifPresent(user -> {
                            AccountTokens.IssuedToken reset = issuer.issue(user.getId(), Purpose.RESET);
                            events.publishEvent(new PasswordResetRequested(
                                    user.getId(),
                                    user.getEmail(),
                                    user.getDisplayName(),
                                    reset.token(),
                                    reset.expiresAt()));
                        }));
            } catch (RuntimeException e) {
                LOG.warn("Password reset request could not be handled", e);
            }
        });
    }

    private static boolean wellFormed(String token) {
        return token != null
                && !token.isEmpty()
                && token.length() <= MAX_TOKEN_LENGTH
                && token.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '-' || c == '_'));
    }
}
