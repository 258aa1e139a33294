package fr.gouv.sante.jalons.apiaccess.domain;

import fr.gouv.sante.jalons.account.AccountDirectory;
import fr.gouv.sante.jalons.account.AccountDirectory.Member;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.apiaccess.ApiClient;
import fr.gouv.sante.jalons.apiaccess.ApiClients;
import fr.gouv.sante.jalons.apiaccess.TokenScope;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Checks the token of each API request with two SQL statements: one reads it by its secret's hash, one
 * records its use and counts the request in the current minute. The minute is PostgreSQL's, so that
 * every node counts in the same window; {@code now()} is the statement's one instant, outside a
 * transaction.
 */
@Component
class JdbcApiClients implements ApiClients {

    private static final Duration WINDOW = Duration.ofMinutes(1);
    /** Longer than any secret this application makes: a longer one is not hashed at all. */
    private static final int MAX_SECRET_LENGTH = 100;

    private final JdbcClient jdbc;
    private final AccountDirectory accounts;
    private final OrganisationQueries organisations;
    private final MessageSource messages;
    private final ApiAccessProperties properties;
    private final Clock clock;

    JdbcApiClients(
            JdbcClient jdbc,
            AccountDirectory accounts,
            OrganisationQueries organisations,
            MessageSource messages,
            ApiAccessProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.organisations = organisations;
        this.messages = messages;
        this.properties = properties;
        this.clock = clock;
    }

    private record TokenRow(
            long id,
            String name,
            long organisationId,
            TokenScope scope,
            String hint,
            long createdBy,
            Instant expiresAt,
            @Nullable Instant revokedAt) {}

    private record Count(int requests, Instant windowStartedAt, Instant databaseNow) {}

    @Override
    public Outcome authenticate(String secret) {
        if (!secret.startsWith(TokenSecrets.PREFIX) || secret.length() > MAX_SECRET_LENGTH) {
            return new Refused(Reason.UNKNOWN);
        }
        Optional<TokenRow> found = jdbc.sql("""
                        select id, name, organisation_id, scope, hint, created_by, expires_at, revoked_at
                        from api_token where secret_hash = ?""")
                .param(TokenSecrets.hash(secret))
                .query((rs, n) -> new TokenRow(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getLong("organisation_id"),
                        TokenScope.valueOf(rs.getString("scope")),
                        rs.getString("hint"),
                        rs.getLong("created_by"),
                        rs.getTimestamp("expires_at").toInstant(),
                        instant(rs.getTimestamp("revoked_at"))))
                .optional();
        if (found.isEmpty()) {
            return new Refused(Reason.UNKNOWN);
        }
        TokenRow token = found.get();
        if (token.revokedAt() != null) {
            return new Refused(Reason.REVOKED);
        }
        if (!clock.instant().isBefore(token.expiresAt())) {
            return new Refused(Reason.EXPIRED);
        }
        Optional<Member> creator = accounts.member(token.createdBy()).filter(member -> vouchesFor(member, token));
        if (creator.isEmpty()) {
            return new Refused(Reason.CREATOR_WITHOUT_RIGHTS);
        }
        Count count = countUse(token.id());
        if (count.requests() > properties.requestsPerMinute()) {
            Duration wait = Duration.between(
                    count.databaseNow(), count.windowStartedAt().plus(WINDOW));
            return new Throttled(Math.max(1, wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0)));
        }
        Member person = creator.get();
        String acronym = organisations.acronymsById().get(token.organisationId());
        String actor = messages.getMessage(
                "api-token.actor",
                new Object[] {token.name(), person.displayName(), token.hint()},
                FrenchFormat.FRENCH);
        CurrentUser user =
                new CurrentUser(person.id(), person.email(), actor, Role.EDITOR, token.organisationId(), acronym);
        return new Accepted(new ApiClient(token.id(), token.name(), token.scope(), user));
    }

    /**
     * A token never holds more than its creator still does: an enabled administrator, or an enabled
     * editor of the token's organisation (who may sign in with ProConnect only, without a password).
     */
    private static boolean vouchesFor(Member creator, TokenRow token) {
        return creator.role() == Role.ADMIN
                || (creator.role() == Role.EDITOR && Objects.equals(creator.organisationId(), token.organisationId()));
    }

    private Count countUse(long tokenId) {
        return jdbc.sql("""
                        update api_token set
                            last_used_at = :now,
                            window_requests = case when window_started_at is null
                                or window_started_at <= now() - interval '1 minute'
                                then 1 else window_requests + 1 end,
                            window_started_at = case when window_started_at is null
                                or window_started_at <= now() - interval '1 minute'
                                then now() else window_started_at end
                        where id = :id
                        returning window_requests, window_started_at, now() as database_now""")
                .param("now", Timestamp.from(clock.instant()))
                .param("id", tokenId)
                .query((rs, n) -> new Count(
                        rs.getInt("window_requests"),
                        rs.getTimestamp("window_started_at").toInstant(),
                        rs.getTimestamp("database_now").toInstant()))
                .single();
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
