package fr.gouv.sante.jalons.organisation.domain;

import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.shared.TextRules;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaOrganisationQueries implements OrganisationQueries {

    private final OrganisationRepository organisations;

    JpaOrganisationQueries(OrganisationRepository organisations) {
        this.organisations = organisations;
    }

    @Override
    public List<OrganisationSummary> all() {
        return organisations.findAllSummaries();
    }

    @Override
    public Optional<OrganisationSummary> byAcronym(String acronym) {
        // typed by people: no acronym has control characters, and PostgreSQL refuses NUL outright
        if (acronym == null || TextRules.hasControlCharacters(acronym)) {
            return Optional.empty();
        }
        return organisations.findSummaryByAcronym(acronym);
    }
}
