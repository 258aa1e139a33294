package fr.gouv.sante.jalons.notification.domain;

import fr.gouv.sante.jalons.account.AccountDirectory;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.campaign.OpeningAudience;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Who the opening mail goes to, for the campaign's preview: the editors of every lead organisation of an objective. */
@Component
class OpeningMailAudience implements OpeningAudience {

    private final OrganisationQueries organisations;
    private final RoadmapQueries roadmap;
    private final AccountDirectory directory;

    OpeningMailAudience(OrganisationQueries organisations, RoadmapQueries roadmap, AccountDirectory directory) {
        this.organisations = organisations;
        this.roadmap = roadmap;
        this.directory = directory;
    }

    @Override
    public int count() {
        Map<String, Long> organisationIds = new HashMap<>();
        organisations
                .allByAcronym()
                .forEach((acronym, organisation) -> organisationIds.put(acronym, organisation.id()));
        java.util.Set<Long> leads = roadmap.objectives().stream()
                .flatMap(objective -> objective.ownerAcronyms().stream())
                .map(organisationIds::get)
                .filter(java.util.Objects::nonNull)
                .collect(java.util.stream.Collectors.toSet());
        return leads.isEmpty()
                ? 0
                : directory.members(leads, java.util.Set.of(Role.EDITOR)).size();
    }
}
