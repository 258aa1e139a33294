package fr.gouv.sante.jalons.account;

/** A user as the administration page lists it. */
public record AccountSummary(long id, String email, String displayName, Role role, String organisationAcronym,
                             boolean enabled) {
}
