package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.dashboard.web.PageViews.ContinuationView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.FactView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.MilestoneView;
import fr.gouv.sante.jalons.shared.web.PageLinks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The view models of the roadmaps' pages: the list, and an archived roadmap's home, objectives and bilans. */
final class RoadmapPageViews {

    private RoadmapPageViews() {}

    /**
     * A roadmap as every page names it.
     *
     * @param period its years: "2019-2022"
     * @param periodNote how those years were established when no document states them whole
     * @param stateKey the message key of its state, shown as a badge with {@code badgeClass}
     */
    record RoadmapHeading(
            String slug,
            String title,
            String period,
            @Nullable String periodNote,
            String stateKey,
            String badgeClass,
            boolean current) {}

    /** A roadmap of the list, linked to its home. */
    record RoadmapCardView(RoadmapHeading roadmap, int objectiveCount, String url) {}

    /**
     * An archived roadmap's home: its facts, its axes with their objectives, and where to go next;
     * {@code axes} is empty while its objectives are not in Jalons.
     */
    record RoadmapHomeView(
            RoadmapHeading roadmap,
            List<FactView> facts,
            List<RoadmapAxisView> axes,
            int objectiveCount,
            String objectivesUrl,
            String organisationsUrl,
            String bilansUrl,
            String csvUrl,
            String jsonUrl) {

        public boolean hasObjectives() {
            return objectiveCount > 0;
        }
    }

    record RoadmapAxisView(int number, String name, String url, List<RoadmapPriorityView> priorities) {}

    /** One axis of an archived roadmap: its priorities and their objectives. */
    record RoadmapAxisPageView(RoadmapHeading roadmap, String homeUrl, RoadmapAxisView axis) {}

    /** A lead organisation of an archived roadmap, with how many of its objectives it leads. */
    record RoadmapOrganisationRow(String acronym, String name, int objectiveCount, String url) {}

    record RoadmapOrganisationsView(
            RoadmapHeading roadmap, String homeUrl, List<RoadmapOrganisationRow> organisations) {}

    /** The objectives of an archived roadmap that one organisation leads, in the roadmap's order. */
    record RoadmapOrganisationPageView(
            RoadmapHeading roadmap,
            String homeUrl,
            String organisationsUrl,
            String acronym,
            String name,
            List<RoadmapObjectiveView> objectives,
            int total,
            @Nullable String unknownPage,
            PageLinks pagination) {}

    record RoadmapPriorityView(int number, String title, List<RoadmapObjectiveView> objectives) {}

    /** An objective of an archived roadmap in a list: its lead organisations' acronyms, joined. */
    record RoadmapObjectiveView(
            String code,
            String title,
            String url,
            String owners,
            String deadline,
            @Nullable String deadlineIso) {}

    record RoadmapObjectiveListView(
            RoadmapHeading roadmap,
            List<RoadmapObjectiveView> objectives,
            int total,
            @Nullable String unknownPage,
            PageLinks pagination,
            String homeUrl,
            String csvUrl,
            String jsonUrl) {}

    /**
     * An objective of an archived roadmap: its place in the structure, its target, deadline and leads
     * (no progress: nobody reports on an archived roadmap in Jalons), and its continuations both ways.
     *
     * @param owners each lead organisation as "ACRONYME (nom complet)", in the document's order
     */
    record RoadmapObjectivePageView(
            RoadmapHeading roadmap,
            String homeUrl,
            String objectivesUrl,
            String code,
            String title,
            String axis,
            String priority,
            String target,
            String deadline,
            @Nullable String deadlineIso,
            List<String> owners,
            @Nullable String pilot,
            List<MilestoneView> milestones,
            List<ContinuationView> continues,
            List<ContinuationView> continuedBy,
            String jsonUrl) {}

    /** An archived roadmap's bilans: none was published in Jalons. */
    record RoadmapBilansView(RoadmapHeading roadmap, String homeUrl) {}
}
