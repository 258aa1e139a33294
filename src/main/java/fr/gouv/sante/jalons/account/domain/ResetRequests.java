package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.PasswordLinks.Purpose;
import fr.gouv.sante.jalons.account.PasswordResetRequested;
import fr.gouv.sante.jalons.account.UserAccounts;
import fr.gouv.sante.jalons.shared.TextRules;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A password reset asked for by address: throttled, and answered at once whether the address exists or not. */
@Component
class ResetRequests {

    private static final Logger LOG = LoggerFactory.getLogger(ResetRequests.class);

    private final AppUserRepository users;
    private final AccountTokens issuer;
    private final ResetThrottle throttle;
    private final ApplicationEventPublisher events;
    private final TaskExecutor background;
    private final TransactionTemplate writing;

    ResetRequests(
            AppUserRepository users,
            AccountTokens issuer,
            ResetThrottle throttle,
            ApplicationEventPublisher events,
            @Qualifier("applicationTaskExecutor") TaskExecutor background,
            PlatformTransactionManager transactions) {
        this.users = users;
        this.issuer = issuer;
        this.throttle = throttle;
        this.events = events;
        this.background = background;
        this.writing = new TransactionTemplate(transactions);
    }

    void requestReset(String email, String clientAddress) {
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
}
