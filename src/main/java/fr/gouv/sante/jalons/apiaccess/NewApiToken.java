package fr.gouv.sante.jalons.apiaccess;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A token as its creator asks for it; every field is checked by {@link ApiTokens#create}.
 *
 * @param organisationAcronym the organisation it writes for: an editor's own, whatever is sent; chosen by the DNS
 * @param expiresOn the last day it works (it stops at the end of that day, Paris time)
 */
public record NewApiToken(
        @Nullable String name,
        @Nullable String organisationAcronym,
        @Nullable TokenScope scope,
        @Nullable LocalDate expiresOn) {}
