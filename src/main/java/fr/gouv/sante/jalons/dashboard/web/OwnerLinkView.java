package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import java.util.List;

/** A lead organisation, linked to its page; {@code pilot} only if the DNS designated it. */
public record OwnerLinkView(String acronym, String name, String url, boolean pilot) {

    /** The objective's owners in the document's order. */
    static List<OwnerLinkView> of(ObjectiveSummary objective) {
        return objective.owners().stream()
                .map(owner -> new OwnerLinkView(
                        owner.acronym(),
                        owner.name(),
                        Urls.organisation(OrganisationSummary.slugOf(owner.acronym())),
                        objective.pilotedBy(owner.acronym())))
                .toList();
    }
}
