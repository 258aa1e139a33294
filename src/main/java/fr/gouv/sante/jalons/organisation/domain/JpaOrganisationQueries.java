package fr.gouv.sante.jalons.organisation.domain;

import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.shared.TextRules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
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
        if (acronym == null || TextRules.hasForbiddenCharacters(acronym)) {
            return Optional.empty();
        }
        return organisations.findSummaryByAcronym(acronym);
    }

    @Override
    public Map<Long, String> acronymsById() {
        return index(OrganisationSummary::id, OrganisationSummary::acronym);
    }

    @Override
    public Map<Long, OrganisationSummary> allById() {
        return index(OrganisationSummary::id, Function.identity());
    }

    @Override
    public Map<String, OrganisationSummary> allByAcronym() {
        return index(OrganisationSummary::acronym, Function.identity());
    }

    private <K, V> Map<K, V> index(Function<OrganisationSummary, K> key, Function<OrganisationSummary, V> value) {
        return all().stream().collect(Collectors.toMap(key, value, (a, b) -> a, LinkedHashMap::new));
    }
}
