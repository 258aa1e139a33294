package fr.gouv.sante.jalons.account;

import org.jspecify.annotations.Nullable;

/**
 * What it takes to create an account; {@code organisationAcronym} is required for an EDITOR or a
 * READER. No password: the person chooses it from the invitation sent by e-mail.
 */
public record NewAccount(
        @Nullable String email,
        @Nullable String displayName,
        @Nullable Role role,
        @Nullable String organisationAcronym) {}
