package fr.gouv.sante.jalons.account;

/**
 * What it takes to create an account; {@code organisationAcronym} is required for an EDITOR or a
 * READER. No password: the person chooses it from the invitation sent by e-mail.
 */
public record NewAccount(String email, String displayName, Role role, String organisationAcronym) {}
