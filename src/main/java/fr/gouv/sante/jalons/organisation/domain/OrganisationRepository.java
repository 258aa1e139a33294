package fr.gouv.sante.jalons.organisation.domain;

import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

interface OrganisationRepository extends Repository<Organisation, Long> {

    Optional<Organisation> findById(long id);

    @Query("""
            select new fr.gouv.sante.jalons.organisation.OrganisationSummary(
                o.id, o.acronym, o.name, o.siret)
            from Organisation o order by lower(o.acronym)""")
    List<OrganisationSummary> findAllSummaries();

    @Query("""
            select new fr.gouv.sante.jalons.organisation.OrganisationSummary(
                o.id, o.acronym, o.name, o.siret)
            from Organisation o where lower(o.acronym) = lower(:acronym)""")
    Optional<OrganisationSummary> findSummaryByAcronym(String acronym);
}
