package fr.gouv.sante.jalons.account;

/** What it takes to create an account; {@code organisationAcronym} is required for an EDITOR or a READER. */
public record NewAccount(String email, String displayName, String password, Role role, String organisationAcronym) {
}
