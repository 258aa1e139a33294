package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.dashboard.DashboardReader;
import fr.gouv.sante.jalons.dashboard.DashboardSnapshot;
import fr.gouv.sante.jalons.dashboard.PublicObjective;
import fr.gouv.sante.jalons.dashboard.web.PageViews.OrganisationListView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.OrganisationPageView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.OrganisationRowView;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.shared.NotFoundException;
import java.util.List;
import org.springframework.stereotype.Component;

/** Builds the organisation list's and an organisation page's view models. */
@Component
class OrganisationViews {

    private final DashboardReader reader;
    private final ObjectiveRows rows;

    OrganisationViews(DashboardReader reader, ObjectiveRows rows) {
        this.reader = reader;
        this.rows = rows;
    }

    OrganisationListView organisations() {
        DashboardSnapshot snapshot = reader.snapshot();
        return new OrganisationListView(
                snapshot.organisations().stream()
                        .map(organisation -> row(snapshot, organisation))
                        .toList(),
                rows.latestPeriodLabel(snapshot));
    }

    private OrganisationRowView row(DashboardSnapshot snapshot, OrganisationSummary organisation) {
        int piloted = (int) snapshot.objectives().stream()
                .filter(o -> o.pilotedBy(organisation.acronym()))
                .count();
        int total = (int) snapshot.objectives().stream()
                .filter(o -> o.ledBy(organisation.acronym()))
                .count();
        int updated = (int) snapshot.objectives().stream()
                .filter(o -> o.ledBy(organisation.acronym()) && o.updatedInLatestPeriod())
                .count();
        return new OrganisationRowView(
                organisation.acronym(),
                organisation.name(),
                Urls.organisation(organisation.slug()),
                total,
                piloted,
                updated);
    }

    OrganisationPageView organisation(String slug) {
        DashboardSnapshot snapshot = reader.snapshot();
        OrganisationSummary organisation =
                snapshot.organisationBySlug(slug).orElseThrow(() -> new NotFoundException("organisation", slug));
        String acronym = organisation.acronym();
        List<PublicObjective> led =
                snapshot.objectives().stream().filter(o -> o.ledBy(acronym)).toList();
        return new OrganisationPageView(
                acronym,
                organisation.name(),
                rows.breakdown("organisation", led),
                led.stream().map(rows::row).toList(),
                (int) led.stream().filter(o -> o.pilotedBy(acronym)).count(),
                Urls.objectives() + "?organisation=" + organisation.slug(),
                rows.latestPeriodLabel(snapshot),
                (int) led.stream()
                        .filter(PublicObjective::updatedInLatestPeriod)
                        .count(),
                led.size(),
                Urls.objectives() + "?organisation=" + organisation.slug() + "&maj=non");
    }
}
