package fr.gouv.sante.jalons.organisation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read access to the lead organisations. */
public interface OrganisationQueries {

    /** Every organisation, by acronym (case-insensitive). */
    List<OrganisationSummary> all();

    Optional<OrganisationSummary> byAcronym(String acronym);

    /** Each organisation's acronym by its id: how modules that hold organisation ids name them. */
    Map<Long, String> acronymsById();

    /** Each organisation by its id, in the order of {@link #all()}. */
    Map<Long, OrganisationSummary> allById();

    /** Each organisation by its exact acronym, in the order of {@link #all()}. */
    Map<String, OrganisationSummary> allByAcronym();
}
