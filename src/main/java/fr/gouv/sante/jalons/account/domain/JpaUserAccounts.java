package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.AccountRejected;
import fr.gouv.sante.jalons.account.AccountSummary;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.InvitationIssued;
import fr.gouv.sante.jalons.account.NewAccount;
import fr.gouv.sante.jalons.account.PasswordLinks.Purpose;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.account.UserAccounts;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.TextRules;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional
class JpaUserAccounts implements UserAccounts {

    /**
     * One plain mailbox, as people type it (once lower-cased): a dot-atom before the {@code @} (RFC 5322's
     * letters, digits and {@code !#$%&'*+/=?^_`{|}~-}, single dots between) and a domain name of
     * letter-digit-hyphen labels ending in a top-level domain of letters. No display name, angle
     * brackets, comment, quotes, list or IP literal: the address stored is both the sign-in id and
     * exactly where mail goes, so {@code Foo<a@b.fr>} or {@code a@b.fr,c} must never get in.
     */
    private static final Pattern EMAIL =
            Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]{1,64}(?:\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]{1,64})*"
                    + "@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    /** RFC 5321's limit for the part before the {@code @}. */
    private static final int MAX_LOCAL_PART_LENGTH = 64;

    private final AppUserRepository users;
    private final OrganisationQueries organisations;
    private final PasswordEncoder passwords;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final AccountTokens tokens;

    JpaUserAccounts(
            AppUserRepository users,
            OrganisationQueries organisations,
            PasswordEncoder passwords,
            AccessPolicy policy,
            ApplicationEventPublisher events,
            Clock clock,
            AccountTokens tokens) {
        this.tokens = tokens;
        this.users = users;
        this.organisations = organisations;
        this.passwords = passwords;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountSummary> list(CurrentUser actor) {
        policy.requireAdmin(actor);
        Map<Long, String> acronyms = organisations.acronymsById();
        return users.findAllByOrderByEmail().stream()
                .map(user -> summary(user, acronyms))
                .toList();
    }

    @Override
    public AccountSummary create(CurrentUser actor, NewAccount account) {
        policy.requireAdmin(actor);
        AppUser user = newUser(account, null);
        record(actor, user, AccountAudit.Action.CREATED, null);
        // the person chooses the password: an administrator never knows it
        AccountTokens.IssuedToken invitation = tokens.issue(user.getId(), Purpose.INVITATION);
        events.publishEvent(new InvitationIssued(
                user.getId(),
                user.getEmail(),
                user.getDisplayName(),
                invitation.token(),
                invitation.expiresAt(),
                actor.displayName()));
        return summary(user, organisations.acronymsById());
    }

    @Override
    public AccountSummary changeRole(
            CurrentUser actor, long userId, @Nullable Role role, @Nullable String organisationAcronym) {
        policy.requireAdmin(actor);
        if (role == null) {
            throw new AccountRejected("role", "account.role.required");
        }
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("user", String.valueOf(userId)));
        if (user.getId() == actor.id() && role != Role.ADMIN) {
            throw new AccountRejected("role", "account.role.self");
        }
        Map<String, Object> before = state(user);
        user.changeRole(role, organisationFor(role, organisationAcronym), clock.instant());
        users.flush();
        record(actor, user, AccountAudit.Action.ROLE_CHANGED, before);
        return summary(user, organisations.acronymsById());
    }

    @Override
    public AccountSummary changeEnabled(CurrentUser actor, long userId, boolean enabled) {
        policy.requireAdmin(actor);
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("user", String.valueOf(userId)));
        if (user.getId() == actor.id() && !enabled) {
            throw new AccountRejected("enabled", "account.disable.self");
        }
        Map<String, Object> before = state(user);
        user.changeEnabled(enabled, clock.instant());
        if (!enabled) {
            // nothing issued before revives if the account is enabled again: a new link must be sent
            tokens.spendAll(user.getId());
        }
        users.flush();
        record(actor, user, enabled ? AccountAudit.Action.ENABLED : AccountAudit.Action.DISABLED, before);
        return summary(user, organisations.acronymsById());
    }

    @Override
    public AccountSummary changeProConnectOnly(CurrentUser actor, long userId, boolean proConnectOnly) {
        policy.requireAdmin(actor);
        AppUser user = users.findById(userId).orElseThrow(() -> new NotFoundException("user", String.valueOf(userId)));
        if (user.isProConnectOnly() == proConnectOnly) {
            return summary(user, organisations.acronymsById());
        }
        user.changeProConnectOnly(proConnectOnly, clock.instant());
        users.flush();
        record(
                actor,
                user,
                proConnectOnly ? AccountAudit.Action.PROCONNECT_ONLY_SET : AccountAudit.Action.PROCONNECT_ONLY_CLEARED,
                Map.of("email", user.getEmail(), "proConnectOnly", !proConnectOnly),
                Map.of("email", user.getEmail(), "proConnectOnly", proConnectOnly));
        return summary(user, organisations.acronymsById());
    }

    @Override
    public boolean createFirstAdministrator(String email, String displayName, String password) {
        if (users.existsByRole(Role.ADMIN)) {
            return false;
        }
        AppUser user = newUser(new NewAccount(email, displayName, Role.ADMIN, null), password);
        events.publishEvent(new ChangeRecorded(
                null,
                "système (premier démarrage)",
                AccountAudit.Entity.USER.name(),
                String.valueOf(user.getId()),
                null,
                AccountAudit.Action.CREATED.name(),
                null,
                state(user)));
        return true;
    }

    /** @param password null for an invited account (the person chooses it from the link) */
    private AppUser newUser(NewAccount account, @Nullable String password) {
        // every field is checked, so that the form reports every mistake at once
        Map<String, String> errors = new LinkedHashMap<>();
        String email = account.email() == null ? "" : account.email().strip().toLowerCase(Locale.ROOT);
        if (!TextRules.isAcceptable(email, MAX_EMAIL_LENGTH)
                || !EMAIL.matcher(email).matches()
                || email.indexOf('@') > MAX_LOCAL_PART_LENGTH) {
            errors.put("email", "account.email.invalid");
        } else if (users.findByEmail(email).isPresent()) {
            errors.put("email", "account.email.taken");
        }
        String name = account.displayName() == null ? "" : account.displayName().strip();
        if (TextRules.checkLine(name, MAX_NAME_LENGTH).isPresent()) {
            errors.put("displayName", "account.name.invalid");
        }
        if (password != null) {
            try {
                checkPassword(password);
            } catch (AccountRejected e) {
                errors.putAll(e.errors());
            }
        }
        Long organisationId = null;
        Role role = account.role();
        if (role == null) {
            errors.put("role", "account.role.required");
        } else {
            try {
                organisationId = organisationFor(role, account.organisationAcronym());
            } catch (AccountRejected e) {
                errors.putAll(e.errors());
            }
        }
        if (!errors.isEmpty() || role == null) {
            throw new AccountRejected(errors);
        }
        return users.saveAndFlush(new AppUser(
                email,
                name,
                password == null ? null : passwords.encode(password),
                role,
                organisationId,
                clock.instant()));
    }

    /** @throws AccountRejected on the field {@code password} when it breaks the rules of {@link UserAccounts} */
    static void checkPassword(@Nullable String password) {
        String text = password == null ? "" : password;
        if (text.indexOf('\u0000') >= 0) {
            throw new AccountRejected("password", "account.password.invalid");
        }
        if (text.codePointCount(0, text.length()) < MIN_PASSWORD_LENGTH) {
            throw new AccountRejected("password", "account.password.short");
        }
        if (text.codePointCount(0, text.length()) > MAX_PASSWORD_LENGTH) {
            throw new AccountRejected("password", "account.password.long");
        }
    }

    private @Nullable Long organisationFor(@Nullable Role role, @Nullable String acronym) {
        if (role == Role.ADMIN) {
            return null;
        }
        if (acronym == null || acronym.isBlank()) {
            throw new AccountRejected("organisation", "account.organisation.required");
        }
        return organisations
                .byAcronym(acronym.strip())
                .map(OrganisationSummary::id)
                .orElseThrow(() -> new AccountRejected("organisation", "account.organisation.unknown"));
    }

    private void record(
            CurrentUser actor, AppUser user, AccountAudit.Action action, @Nullable Map<String, Object> before) {
        record(actor, user, action, before, state(user));
    }

    private void record(
            CurrentUser actor,
            AppUser user,
            AccountAudit.Action action,
            @Nullable Map<String, Object> before,
            Map<String, Object> after) {
        events.publishEvent(new ChangeRecorded(
                actor.id(),
                actor.label(),
                AccountAudit.Entity.USER.name(),
                String.valueOf(user.getId()),
                null,
                action.name(),
                before,
                after));
    }

    private Map<String, Object> state(AppUser user) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("email", user.getEmail());
        state.put("displayName", user.getDisplayName());
        state.put("role", user.getRole().name());
        state.put(
                "organisation",
                user.getOrganisationId() == null
                        ? null
                        : organisations.acronymsById().get(user.getOrganisationId()));
        state.put("enabled", user.isEnabled());
        return state;
    }

    private static AccountSummary summary(AppUser user, Map<Long, String> acronyms) {
        return new AccountSummary(
                user.getId(),
                user.getEmail(),
                user.getDisplayName(),
                user.getRole(),
                user.getOrganisationId() == null ? null : acronyms.get(user.getOrganisationId()),
                user.isEnabled(),
                !user.hasPassword(),
                user.isProConnectOnly(),
                user.getProConnectUid() != null);
    }
}
