package fr.gouv.sante.jalons.charter;

/**
 * The DNS linked a commitment to an objective, or removed the link: the charter's page, the objective's
 * page and the API show it once committed.
 *
 * @param linked true for a new link, false for a removed one
 */
public record CommitmentLinksChanged(Party party, int number, String objectiveCode, boolean linked) {}
