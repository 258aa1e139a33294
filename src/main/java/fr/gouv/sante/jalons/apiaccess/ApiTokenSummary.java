package fr.gouv.sante.jalons.apiaccess;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A token as the token pages list it. Never its secret.
 *
 * @param hint the secret's first characters, to tell which token a system holds
 * @param canRevoke whether the person reading may revoke it now
 */
public record ApiTokenSummary(
        long id,
        String name,
        String organisationAcronym,
        TokenScope scope,
        String hint,
        String createdBy,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant lastUsedAt,
        @Nullable Instant revokedAt,
        @Nullable String revokedBy,
        State state,
        long version,
        boolean canRevoke) {

    /** Whether the token works today. */
    public enum State {
        ACTIVE,
        EXPIRED,
        REVOKED;

        public String messageKey() {
            return "api-token.state." + name();
        }

        public String badgeClass() {
            return switch (this) {
                case ACTIVE -> "fr-badge--success";
                case EXPIRED -> "fr-badge--warning";
                case REVOKED -> "fr-badge--error";
            };
        }
    }
}
