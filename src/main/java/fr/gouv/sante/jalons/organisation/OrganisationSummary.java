package fr.gouv.sante.jalons.organisation;

/** A lead organisation as the other modules see it. */
public record OrganisationSummary(long id, String acronym, String name) {
}
