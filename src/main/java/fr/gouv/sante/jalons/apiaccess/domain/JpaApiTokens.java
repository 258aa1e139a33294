package fr.gouv.sante.jalons.apiaccess.domain;

import fr.gouv.sante.jalons.account.AccountDirectory;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.apiaccess.ApiTokenSummary;
import fr.gouv.sante.jalons.apiaccess.ApiTokenSummary.State;
import fr.gouv.sante.jalons.apiaccess.ApiTokens;
import fr.gouv.sante.jalons.apiaccess.CreatedToken;
import fr.gouv.sante.jalons.apiaccess.NewApiToken;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.StaleVersion;
import fr.gouv.sante.jalons.shared.TextRules;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tokens, kept in PostgreSQL. An administrator manages every organisation's; an editor its own
 * organisation's; a reader none. Creations and revocations are in the history.
 */
@Service
class JpaApiTokens implements ApiTokens {

    /** What the form proposes: a semester and a half, the time to set up a campaign's synchronisation. */
    private static final int DEFAULT_DAYS = 90;

    /** Active tokens an organisation may hold: one per system it synchronises, with room to rotate. */
    static final int MAX_ACTIVE = 10;

    private final ApiTokenRepository tokens;
    private final OrganisationQueries organisations;
    private final AccountDirectory accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JpaApiTokens(
            ApiTokenRepository tokens,
            OrganisationQueries organisations,
            AccountDirectory accounts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.tokens = tokens;
        this.organisations = organisations;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public TokenPage page(CurrentUser user) {
        List<ApiToken> visible = user.isAdmin()
                ? tokens.findAllByOrderByCreatedAtDescIdDesc()
                : tokens.findByOrganisationIdOrderByCreatedAtDescIdDesc(readableOrganisation(user));
        List<String> creatable = user.isAdmin()
                ? organisations.all().stream().map(OrganisationSummary::acronym).toList()
                : user.role() == Role.EDITOR
                        ? List.of(Objects.requireNonNull(user.organisationAcronym(), "an editor has an organisation"))
                        : List.of();
        LocalDate today = today();
        List<ApiTokenSummary> summaries = summaries(visible);
        if (creatable.isEmpty()) {
            // a reader sees its organisation's tokens and changes none
            summaries = summaries.stream().map(JpaApiTokens::readOnly).toList();
        }
        return new TokenPage(summaries, creatable, today.plusDays(DEFAULT_DAYS), today.plusDays(MAX_DAYS));
    }

    @Override
    @Transactional
    public CreatedToken create(CurrentUser user, NewApiToken request) {
        Long own = user.isAdmin() ? null : ownOrganisation(user);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = TextRules.normalise(request.name());
        TextRules.checkLine(name, MAX_NAME_LENGTH)
                .ifPresent(problem -> errors.put("name", problem.key("api-token.name")));
        OrganisationSummary organisation = own != null
                ? organisations.allById().get(own)
                : request.organisationAcronym() == null
                        ? null
                        : organisations.byAcronym(request.organisationAcronym()).orElse(null);
        if (organisation == null) {
            errors.put("organisation", "api-token.organisation.required");
        } else if (tokens.findByOrganisationIdOrderByCreatedAtDescIdDesc(organisation.id()).stream()
                        .filter(token -> state(token) == State.ACTIVE)
                        .count()
                >= MAX_ACTIVE) {
            // each token has its own throttle: a bound on them bounds an organisation's load
            errors.put("name", "api-token.too-many|" + MAX_ACTIVE);
        } else if (name != null
                && !errors.containsKey("name")
                && tokens.findByOrganisationIdOrderByCreatedAtDescIdDesc(organisation.id()).stream()
                        .anyMatch(token ->
                                state(token) == State.ACTIVE && token.getName().equalsIgnoreCase(name))) {
            errors.put("name", "api-token.name.taken");
        }
        if (request.scope() == null) {
            errors.put("scope", "api-token.scope.required");
        }
        LocalDate today = today();
        LocalDate expiresOn = request.expiresOn();
        if (expiresOn == null) {
            errors.put("expiresOn", "api-token.expires.required");
        } else if (!expiresOn.isAfter(today)) {
            errors.put("expiresOn", "api-token.expires.past");
        } else if (expiresOn.isAfter(today.plusDays(MAX_DAYS))) {
            errors.put("expiresOn", "api-token.expires.too-late|" + FrenchFormat.date(today.plusDays(MAX_DAYS)));
        }
        if (!errors.isEmpty()) {
            throw new InputRefused(errors);
        }
        String secret = TokenSecrets.generate();
        Instant now = clock.instant();
        ApiToken token = tokens.saveAndFlush(new ApiToken(
                Objects.requireNonNull(name),
                Objects.requireNonNull(organisation).id(),
                Objects.requireNonNull(request.scope()),
                TokenSecrets.hash(secret),
                TokenSecrets.hint(secret),
                user.id(),
                now,
                Objects.requireNonNull(expiresOn)
                        .plusDays(1)
                        .atStartOfDay(FrenchFormat.PARIS)
                        .toInstant()));
        audit(user, token, ApiTokenAudit.CREATED, null, token.snapshot(organisation.acronym()));
        return new CreatedToken(summaries(List.of(token)).get(0), secret);
    }

    @Override
    @Transactional
    public ApiTokenSummary revoke(CurrentUser user, long tokenId, long version) {
        ApiToken token = tokens.findById(tokenId)
                .filter(found -> user.isAdmin() || found.getOrganisationId() == ownOrganisation(user))
                .orElseThrow(() -> new NotFoundException("api-token", String.valueOf(tokenId)));
        StaleVersion.check(version, token.getVersion());
        if (token.revoked()) {
            throw new InputRefused(Map.of("token", "api-token.revoke.already"));
        }
        String acronym = acronym(token);
        Map<String, Object> before = token.snapshot(acronym);
        token.revoke(user.id(), clock.instant());
        tokens.saveAndFlush(token);
        audit(user, token, ApiTokenAudit.REVOKED, before, token.snapshot(acronym));
        return summaries(List.of(token)).get(0);
    }

    /** The organisation whose tokens a member sees: readers see them too, and change none. */
    private static long readableOrganisation(CurrentUser user) {
        if (user.organisationId() == null) {
            throw new AccessDeniedException("An account without organisation has no API token");
        }
        return user.organisationId();
    }

    private static ApiTokenSummary readOnly(ApiTokenSummary token) {
        return new ApiTokenSummary(
                token.id(),
                token.name(),
                token.organisationAcronym(),
                token.scope(),
                token.hint(),
                token.createdBy(),
                token.createdAt(),
                token.expiresAt(),
                token.lastUsedAt(),
                token.revokedAt(),
                token.revokedBy(),
                token.state(),
                token.version(),
                false);
    }

    /** The organisation an editor manages tokens for; readers and accounts without one manage none. */
    private static long ownOrganisation(CurrentUser user) {
        if (user.role() != Role.EDITOR || user.organisationId() == null) {
            throw new AccessDeniedException("Only administrators and editors manage API tokens");
        }
        return user.organisationId();
    }

    private List<ApiTokenSummary> summaries(List<ApiToken> rows) {
        Set<Long> people = new HashSet<>();
        rows.forEach(token -> {
            people.add(token.getCreatedBy());
            if (token.getRevokedBy() != null) {
                people.add(token.getRevokedBy());
            }
        });
        Map<Long, String> names = accounts.displayNames(people);
        Map<Long, String> acronyms = organisations.acronymsById();
        List<ApiTokenSummary> summaries = new ArrayList<>();
        for (ApiToken token : rows) {
            State state = state(token);
            summaries.add(new ApiTokenSummary(
                    token.getId(),
                    token.getName(),
                    acronyms.getOrDefault(token.getOrganisationId(), ""),
                    token.getScope(),
                    token.getHint(),
                    names.getOrDefault(token.getCreatedBy(), ""),
                    token.getCreatedAt(),
                    token.getExpiresAt(),
                    token.getLastUsedAt(),
                    token.getRevokedAt(),
                    token.getRevokedBy() == null ? null : names.get(token.getRevokedBy()),
                    state,
                    token.getVersion(),
                    state == State.ACTIVE));
        }
        return summaries;
    }

    private State state(ApiToken token) {
        return token.revoked() ? State.REVOKED : token.expired(clock.instant()) ? State.EXPIRED : State.ACTIVE;
    }

    private String acronym(ApiToken token) {
        return organisations.acronymsById().getOrDefault(token.getOrganisationId(), "");
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(FrenchFormat.PARIS));
    }

    private void audit(
            CurrentUser user,
            ApiToken token,
            ApiTokenAudit action,
            @Nullable Map<String, Object> before,
            Map<String, Object> after) {
        events.publishEvent(new ChangeRecorded(
                user.id(),
                user.label(),
                ApiTokenAudit.ENTITY,
                String.valueOf(token.getId()),
                null,
                action.name(),
                before,
                after));
    }
}
