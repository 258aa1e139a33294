package fr.gouv.sante.jalons.opendata;

import fr.gouv.sante.jalons.opendata.OpenDataResources.AxisRef;
import fr.gouv.sante.jalons.opendata.OpenDataResources.MilestoneResource;
import fr.gouv.sante.jalons.opendata.OpenDataResources.PriorityRef;
import fr.gouv.sante.jalons.opendata.RoadmapResources.ContinuationResource;
import fr.gouv.sante.jalons.opendata.RoadmapResources.Links;
import fr.gouv.sante.jalons.opendata.RoadmapResources.Period;
import fr.gouv.sante.jalons.opendata.RoadmapResources.RoadmapObjectiveDetailResource;
import fr.gouv.sante.jalons.opendata.RoadmapResources.RoadmapObjectiveResource;
import fr.gouv.sante.jalons.opendata.RoadmapResources.RoadmapResource;
import fr.gouv.sante.jalons.roadmap.Continuations;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.PublicRoadmapQueries;
import fr.gouv.sante.jalons.roadmap.RoadmapState;
import fr.gouv.sante.jalons.roadmap.RoadmapSummary;
import fr.gouv.sante.jalons.shared.Decimals;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.web.util.UriComponentsBuilder;

/** Builds the documents of the public roadmaps: their list, and an archived roadmap's objectives. */
@Service
class RoadmapCatalogue {

    /** A slug longer than this is cut in the problem's text: it names no roadmap anyway. */
    private static final int MAX_SLUG_SHOWN = 80;

    private final PublicRoadmapQueries roadmaps;

    RoadmapCatalogue(PublicRoadmapQueries roadmaps) {
        this.roadmaps = roadmaps;
    }

    List<RoadmapResource> roadmaps() {
        return roadmaps.roadmaps().stream()
                .map(listing -> {
                    RoadmapSummary roadmap = listing.roadmap();
                    boolean current = roadmap.current();
                    return new RoadmapResource(
                            roadmap.slug(),
                            roadmap.title(),
                            new Period(roadmap.startYear(), roadmap.endYear(), roadmap.periodNote()),
                            roadmap.state().name().toLowerCase(Locale.ROOT),
                            listing.objectiveCount(),
                            new Links(
                                    current ? "/" : path("/feuilles-de-route/{slug}", roadmap.slug()),
                                    current ? "/api/v1/objectives" : objectivesApi(roadmap.slug()),
                                    current
                                            ? "/opendata/objectives.csv"
                                            : path(
                                                    "/feuilles-de-route/{slug}/opendata/objectifs.csv",
                                                    roadmap.slug())));
                })
                .toList();
    }

    /**
     * The public roadmap of this slug.
     *
     * @throws NotFoundException no public roadmap has it
     */
    RoadmapSummary roadmap(String slug) {
        return roadmaps.roadmap(slug).orElseThrow(() -> new NotFoundException("roadmap", shown(slug)));
    }

    List<RoadmapObjectiveResource> objectives(RoadmapSummary roadmap) {
        return roadmaps.objectives(roadmap.slug()).stream()
                .map(objective -> new RoadmapObjectiveResource(
                        roadmap.slug(),
                        objective.code(),
                        objective.title(),
                        objective.target(),
                        objective.deadline().date(),
                        objective.deadline().precision().name(),
                        FrenchFormat.deadline(objective.deadline()),
                        axis(objective),
                        priority(objective),
                        objective.ownerAcronyms(),
                        objective.pilot(),
                        page(roadmap.slug(), false, objective.code())))
                .toList();
    }

    /** @throws NotFoundException when the roadmap has no objective with that code */
    RoadmapObjectiveDetailResource objective(RoadmapSummary roadmap, ObjectiveCode code) {
        ObjectiveDetails details = roadmaps.objective(roadmap.slug(), code)
                .orElseThrow(() -> new NotFoundException("objective", code.toString()));
        ObjectiveSummary objective = details.summary();
        Continuations continuations = roadmaps.continuations(objective.id());
        return new RoadmapObjectiveDetailResource(
                roadmap.slug(),
                objective.code(),
                objective.title(),
                objective.target(),
                objective.deadline().date(),
                objective.deadline().precision().name(),
                FrenchFormat.deadline(objective.deadline()),
                axis(objective),
                priority(objective),
                objective.ownerAcronyms(),
                objective.pilot(),
                page(roadmap.slug(), roadmap.current(), objective.code()),
                details.milestones().stream()
                        .map(m -> new MilestoneResource(m.due(), m.description(), Decimals.plain(m.value())))
                        .toList(),
                continuations(continuations.continues()),
                continuations(continuations.continuedBy()));
    }

    /** Items of other roadmaps as the API names them, with their page and their JSON. */
    static List<ContinuationResource> continuations(List<Continuations.Link> links) {
        return links.stream()
                .map(link -> {
                    boolean current = link.roadmapState() == RoadmapState.CURRENT;
                    return new ContinuationResource(
                            link.roadmapSlug(),
                            link.code(),
                            link.title(),
                            page(link.roadmapSlug(), current, link.code()),
                            current
                                    ? path("/api/v1/objectives/{code}", link.code())
                                    : objectivesApi(link.roadmapSlug()) + "/" + link.code());
                })
                .toList();
    }

    static String objectivesApi(String slug) {
        return path("/api/v1/roadmaps/{slug}/objectives", slug);
    }

    private static String page(String slug, boolean current, String code) {
        return current
                ? path("/objectifs/{code}", code)
                : path("/feuilles-de-route/{slug}/objectifs/{code}", slug, code);
    }

    private static String path(String template, Object... values) {
        return UriComponentsBuilder.fromPath(template)
                .buildAndExpand(values)
                .encode()
                .toUriString();
    }

    private static String shown(String slug) {
        return slug.length() <= MAX_SLUG_SHOWN ? slug : slug.substring(0, MAX_SLUG_SHOWN) + "…";
    }

    private static AxisRef axis(ObjectiveSummary objective) {
        return new AxisRef(objective.axis().number(), objective.axis().name());
    }

    private static PriorityRef priority(ObjectiveSummary objective) {
        return new PriorityRef(
                objective.priority().number(), objective.priority().title());
    }
}
