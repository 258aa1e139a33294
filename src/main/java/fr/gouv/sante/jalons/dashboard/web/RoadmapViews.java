package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.dashboard.web.PageViews.ContinuationView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.FactView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.MilestoneView;
import fr.gouv.sante.jalons.dashboard.web.RoadmapPageViews.RoadmapAxisPageView;
import fr.gouv.sante.jalons.dashboard.web.RoadmapPageViews.RoadmapAxisView;
import fr.gouv.sante.jalons.dashboard.web.RoadmapPageViews.RoadmapBilansView;
import fr.gouv.sante.jalons.dashboard.web.RoadmapPageViews.RoadmapCardView;
import fr.gouv.sante.jalons.dashboard.web.RoadmapPageViews.RoadmapHeading;
import fr.gouv.sante.jalons.dashboard.web.RoadmapPageViews.RoadmapHomeView;
import fr.gouv.sante.jalons.dashboard.web.RoadmapPageViews.RoadmapObjectiveListView;
import fr.gouv.sante.jalons.dashboard.web.RoadmapPageViews.RoadmapObjectivePageView;
import fr.gouv.sante.jalons.dashboard.web.RoadmapPageViews.RoadmapObjectiveView;
import fr.gouv.sante.jalons.dashboard.web.RoadmapPageViews.RoadmapOrganisationPageView;
import fr.gouv.sante.jalons.dashboard.web.RoadmapPageViews.RoadmapOrganisationRow;
import fr.gouv.sante.jalons.dashboard.web.RoadmapPageViews.RoadmapOrganisationsView;
import fr.gouv.sante.jalons.dashboard.web.RoadmapPageViews.RoadmapPriorityView;
import fr.gouv.sante.jalons.organisation.OrganisationSummary;
import fr.gouv.sante.jalons.provenance.RoadmapFact;
import fr.gouv.sante.jalons.provenance.SourceQueries;
import fr.gouv.sante.jalons.roadmap.AxisSummary;
import fr.gouv.sante.jalons.roadmap.Continuations;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.PublicRoadmapQueries;
import fr.gouv.sante.jalons.roadmap.RoadmapState;
import fr.gouv.sante.jalons.roadmap.RoadmapSummary;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.web.PageLinks;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Builds the roadmaps' pages from {@link PublicRoadmapQueries}: the list of the public roadmaps, and
 * an archived roadmap's home, objectives and objective pages (the current roadmap's are today's pages).
 */
@Component
class RoadmapViews {

    private final PublicRoadmapQueries roadmaps;
    private final SourceQueries sources;
    private final Formats formats;

    RoadmapViews(PublicRoadmapQueries roadmaps, SourceQueries sources, Formats formats) {
        this.roadmaps = roadmaps;
        this.sources = sources;
        this.formats = formats;
    }

    /** The public roadmap of this slug. */
    RoadmapSummary roadmap(String slug) {
        return roadmaps.roadmap(slug).orElseThrow(() -> new NotFoundException("roadmap", slug));
    }

    List<RoadmapCardView> list() {
        return roadmaps.roadmaps().stream()
                .map(listing -> new RoadmapCardView(
                        heading(listing.roadmap()),
                        listing.objectiveCount(),
                        Urls.roadmap(listing.roadmap().slug(), listing.roadmap().current())))
                .toList();
    }

    RoadmapHomeView home(RoadmapSummary roadmap) {
        List<ObjectiveSummary> objectives = roadmaps.objectives(roadmap.slug());
        Map<String, ObjectiveSummary> byCode =
                objectives.stream().collect(Collectors.toMap(ObjectiveSummary::code, Function.identity()));
        List<RoadmapAxisView> axes = roadmaps.axes(roadmap.slug()).stream()
                .map(axis -> axis(roadmap, axis, byCode))
                .toList();
        return new RoadmapHomeView(
                heading(roadmap),
                facts(sources.roadmapFacts(roadmap.id())),
                axes,
                objectives.size(),
                Urls.roadmapObjectives(roadmap.slug(), false),
                Urls.roadmapOrganisations(roadmap.slug()),
                Urls.roadmapBilans(roadmap.slug(), false),
                Urls.roadmapCsv(roadmap.slug(), false),
                Urls.roadmapJson(roadmap.slug(), false));
    }

    /** Objectives per page of an archived roadmap's lists: a roadmap of thousands stays light pages. */
    static final int PAGE_SIZE = 100;

    RoadmapObjectiveListView objectives(RoadmapSummary roadmap, @Nullable String page) {
        String address = Urls.roadmapObjectives(roadmap.slug(), false);
        PageLinks.Slice<ObjectiveSummary> shown = PageLinks.slice(
                roadmaps.objectives(roadmap.slug()), page, PAGE_SIZE, number -> PageLinks.numbered(address, number));
        return new RoadmapObjectiveListView(
                heading(roadmap),
                shown.rows().stream().map(objective -> row(roadmap, objective)).toList(),
                shown.total(),
                shown.unknownPage(),
                shown.pagination(),
                Urls.roadmap(roadmap.slug(), false),
                Urls.roadmapCsv(roadmap.slug(), false),
                Urls.roadmapJson(roadmap.slug(), false));
    }

    RoadmapObjectivePageView objective(RoadmapSummary roadmap, String code) {
        ObjectiveDetails details = roadmaps.objective(roadmap.slug(), ObjectiveCode.fromPath(code))
                .orElseThrow(() -> new NotFoundException("objective", code));
        ObjectiveSummary objective = details.summary();
        Continuations continuations = roadmaps.continuations(objective.id());
        return new RoadmapObjectivePageView(
                heading(roadmap),
                Urls.roadmap(roadmap.slug(), false),
                Urls.roadmapObjectives(roadmap.slug(), false),
                objective.code(),
                objective.title(),
                formats.message(
                        "axis.title",
                        objective.axis().number(),
                        objective.axis().name()),
                formats.message(
                        "priority.title",
                        objective.priority().number(),
                        objective.priority().title()),
                objective.target(),
                formats.deadline(objective.deadline()),
                objective.deadline().htmlDatetime(),
                objective.owners().stream()
                        .map(owner -> formats.message("roadmap.objective.owner", owner.acronym(), owner.name()))
                        .toList(),
                objective.pilot(),
                details.milestones().stream()
                        .map(m -> new MilestoneView(
                                formats.deadline(m.due()),
                                m.description(),
                                m.value() == null ? "" : formats.number(m.value())))
                        .toList(),
                continuations(continuations.continues()),
                continuations(continuations.continuedBy()),
                Urls.roadmapJson(roadmap.slug(), false) + "/" + objective.code());
    }

    /** An axis of an archived roadmap, by its number; an unknown number is a 404. */
    RoadmapAxisPageView axis(RoadmapSummary roadmap, String number) {
        List<ObjectiveSummary> objectives = roadmaps.objectives(roadmap.slug());
        Map<String, ObjectiveSummary> byCode =
                objectives.stream().collect(Collectors.toMap(ObjectiveSummary::code, Function.identity()));
        return roadmaps.axes(roadmap.slug()).stream()
                .filter(axis -> String.valueOf(axis.number()).equals(number))
                .findFirst()
                .map(axis -> new RoadmapAxisPageView(
                        heading(roadmap), Urls.roadmap(roadmap.slug(), false), axis(roadmap, axis, byCode)))
                .orElseThrow(
                        () -> new NotFoundException("axis", number.length() > 10 ? number.substring(0, 10) : number));
    }

    /** The organisations that lead an objective of an archived roadmap, in the order they first appear. */
    RoadmapOrganisationsView organisations(RoadmapSummary roadmap) {
        Map<String, ObjectiveSummary.OwnerRef> owners = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ObjectiveSummary objective : roadmaps.objectives(roadmap.slug())) {
            for (ObjectiveSummary.OwnerRef owner : objective.owners()) {
                owners.putIfAbsent(owner.acronym(), owner);
                counts.merge(owner.acronym(), 1, Integer::sum);
            }
        }
        return new RoadmapOrganisationsView(
                heading(roadmap),
                Urls.roadmap(roadmap.slug(), false),
                owners.values().stream()
                        .map(owner -> new RoadmapOrganisationRow(
                                owner.acronym(),
                                owner.name(),
                                counts.getOrDefault(owner.acronym(), 0),
                                Urls.roadmapOrganisation(roadmap.slug(), OrganisationSummary.slugOf(owner.acronym()))))
                        .toList());
    }

    /** The objectives one organisation leads in an archived roadmap; one that leads none is a 404. */
    RoadmapOrganisationPageView organisation(RoadmapSummary roadmap, String slug, @Nullable String page) {
        List<ObjectiveSummary> led = roadmaps.objectives(roadmap.slug()).stream()
                .filter(objective -> objective.owners().stream()
                        .anyMatch(owner ->
                                OrganisationSummary.slugOf(owner.acronym()).equals(slug)))
                .toList();
        ObjectiveSummary.OwnerRef owner = led.stream()
                .flatMap(objective -> objective.owners().stream())
                .filter(ref -> OrganisationSummary.slugOf(ref.acronym()).equals(slug))
                .findFirst()
                .orElseThrow(
                        () -> new NotFoundException("organisation", slug.length() > 40 ? slug.substring(0, 40) : slug));
        String address = Urls.roadmapOrganisation(roadmap.slug(), slug);
        PageLinks.Slice<ObjectiveSummary> shown =
                PageLinks.slice(led, page, PAGE_SIZE, number -> PageLinks.numbered(address, number));
        return new RoadmapOrganisationPageView(
                heading(roadmap),
                Urls.roadmap(roadmap.slug(), false),
                Urls.roadmapOrganisations(roadmap.slug()),
                owner.acronym(),
                owner.name(),
                shown.rows().stream().map(objective -> row(roadmap, objective)).toList(),
                shown.total(),
                shown.unknownPage(),
                shown.pagination());
    }

    RoadmapBilansView bilans(RoadmapSummary roadmap) {
        return new RoadmapBilansView(heading(roadmap), Urls.roadmap(roadmap.slug(), false));
    }

    static RoadmapHeading heading(RoadmapSummary roadmap) {
        return new RoadmapHeading(
                roadmap.slug(),
                roadmap.title(),
                roadmap.startYear() + "-" + roadmap.endYear(),
                roadmap.periodNote(),
                "roadmap.state." + roadmap.state().name(),
                roadmap.state() == RoadmapState.CURRENT ? "fr-badge--success" : "fr-badge--no-icon",
                roadmap.current());
    }

    /** Each fact with its date as precise as its source and its document on the sources page. */
    static List<FactView> facts(List<RoadmapFact> facts) {
        return facts.stream()
                .map(fact -> new FactView(
                        fact.french(),
                        fact.iso() == null ? "" : fact.iso(),
                        fact.dateNote() == null ? "" : fact.dateNote(),
                        fact.statement(),
                        fact.excerpt(),
                        fact.documentText(),
                        Urls.source(fact.document())))
                .toList();
    }

    /** Items of other roadmaps, each linked to its page: today's for the current roadmap's. */
    static List<ContinuationView> continuations(List<Continuations.Link> links) {
        return links.stream()
                .map(link -> new ContinuationView(
                        link.code(),
                        link.title(),
                        link.roadmapTitle(),
                        Urls.roadmapObjective(
                                link.roadmapSlug(), link.roadmapState() == RoadmapState.CURRENT, link.code())))
                .toList();
    }

    private RoadmapAxisView axis(RoadmapSummary roadmap, AxisSummary axis, Map<String, ObjectiveSummary> byCode) {
        return new RoadmapAxisView(
                axis.number(),
                axis.name(),
                Urls.roadmapAxis(roadmap.slug(), axis.number()),
                axis.priorities().stream()
                        .map(priority -> new RoadmapPriorityView(
                                priority.number(),
                                priority.title(),
                                priority.objectiveCodes().stream()
                                        .map(byCode::get)
                                        .map(objective -> row(roadmap, objective))
                                        .toList()))
                        .toList());
    }

    private RoadmapObjectiveView row(RoadmapSummary roadmap, ObjectiveSummary objective) {
        return new RoadmapObjectiveView(
                objective.code(),
                objective.title(),
                Urls.roadmapObjective(roadmap.slug(), false, objective.code()),
                String.join(formats.message("list.separator"), objective.ownerAcronyms()),
                formats.deadline(objective.deadline()),
                objective.deadline().htmlDatetime());
    }
}
