package fr.gouv.sante.jalons.organisation;

import java.util.List;
import java.util.Optional;

/** Read access to the lead organisations. */
public interface OrganisationQueries {

    /** Every organisation, by acronym (case-insensitive). */
    List<OrganisationSummary> all();

    Optional<OrganisationSummary> byAcronym(String acronym);
}
