package fr.gouv.sante.jalons.apiaccess.web;

import fr.gouv.sante.jalons.apiaccess.ApiTokenSummary;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import org.jspecify.annotations.Nullable;

/** A token as a row of the token page shows it, its dates in French. */
record ApiTokenView(
        long id,
        String name,
        String organisation,
        String scopeKey,
        String hint,
        String createdBy,
        String createdAt,
        String lastDay,
        @Nullable String lastUsedAt,
        @Nullable String revokedAt,
        @Nullable String revokedBy,
        String stateKey,
        String stateBadge,
        long version,
        boolean canRevoke) {

    static ApiTokenView of(ApiTokenSummary token) {
        return new ApiTokenView(
                token.id(),
                token.name(),
                token.organisationAcronym(),
                token.scope().messageKey(),
                token.hint(),
                token.createdBy(),
                FrenchFormat.dateTime(token.createdAt()),
                // the last day it works: it stops at the start of the next one
                FrenchFormat.date(token.expiresAt()
                        .atZone(FrenchFormat.PARIS)
                        .toLocalDate()
                        .minusDays(1)),
                token.lastUsedAt() == null ? null : FrenchFormat.dateTime(token.lastUsedAt()),
                token.revokedAt() == null ? null : FrenchFormat.dateTime(token.revokedAt()),
                token.revokedBy(),
                token.state().messageKey(),
                token.state().badgeClass(),
                token.version(),
                token.canRevoke());
    }
}
