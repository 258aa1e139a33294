package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.dashboard.DashboardReader;
import fr.gouv.sante.jalons.dashboard.DashboardSnapshot;
import fr.gouv.sante.jalons.dashboard.PublicObjective;
import fr.gouv.sante.jalons.dashboard.web.PageViews.OrganisationListView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.OrganisationPageView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.OrganisationRowView;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.web.PageLinks;
import java.util.List;
import org.jspecify.annotations.Nullable;
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

    /** Objectives per page of an organisation: today's leads fit in one, a large roadmap stays light. */
    static final int PAGE_SIZE = 100;

    OrganisationPageView organisation(String slug, @Nullable String page) {
        DashboardSnapshot snapshot = reader.snapshot();
        OrganisationSummary organisation =
                snapshot.organisationBySlug(slug).orElseThrow(() -> new NotFoundException("organisation", slug));
        String acronym = organisation.acronym();
        List<PublicObjective> led =
                snapshot.objectives().stream().filter(o -> o.ledBy(acronym)).toList();
        String address = Urls.organisation(organisation.slug());
        // only the page's rows become views; the counts and the breakdown stay the whole set's
        PageLinks.Slice<PublicObjective> shown =
                PageLinks.slice(led, page, PAGE_SIZE, number -> PageLinks.numbered(address, number));
        return new OrganisationPageView(
                acronym,
                organisation.name(),
                rows.breakdown("organisation", led),
                shown.rows().stream().map(rows::row).toList(),
                (int) led.stream().filter(o -> o.pilotedBy(acronym)).count(),
                Urls.objectives() + "?organisation=" + organisation.slug(),
                rows.latestPeriodLabel(snapshot),
                (int) led.stream()
                        .filter(PublicObjective::updatedInLatestPeriod)
                        .count(),
                led.size(),
                Urls.objectives() + "?organisation=" + organisation.slug() + "&maj=non",
                shown.unknownPage(),
                shown.pagination());
    }
}
