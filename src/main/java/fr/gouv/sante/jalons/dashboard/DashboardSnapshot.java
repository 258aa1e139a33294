package fr.gouv.sante.jalons.dashboard;

import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.provenance.RoadmapFact;
import fr.gouv.sante.jalons.publication.PeriodSummary;
import fr.gouv.sante.jalons.roadmap.AxisSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapSummary;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything the public listing pages show, read once and cached until the next publication.
 *
 * @param period the latest published period, null before the first publication
 * @param previousPeriod the published period before it, null if there is none
 * @param facts what the documents say about the roadmap as a whole, each with its sentence
 */
public record DashboardSnapshot(
        RoadmapSummary roadmap,
        @Nullable PeriodSummary period,
        @Nullable PeriodSummary previousPeriod,
        List<PublicObjective> objectives,
        List<AxisSummary> axes,
        List<OrganisationSummary> organisations,
        List<RoadmapFact> facts) {

    public DashboardSnapshot {
        objectives = List.copyOf(objectives);
        axes = List.copyOf(axes);
        organisations = List.copyOf(organisations);
        facts = List.copyOf(facts);
    }

    public Optional<PublicObjective> objective(String code) {
        return objectives.stream()
                .filter(objective -> objective.code().equals(code))
                .findFirst();
    }

    public Optional<AxisSummary> axis(int number) {
        return axes.stream().filter(axis -> axis.number() == number).findFirst();
    }

    public Optional<OrganisationSummary> organisationBySlug(String slug) {
        return organisations.stream()
                .filter(organisation -> organisation.slug().equals(slug))
                .findFirst();
    }
}
