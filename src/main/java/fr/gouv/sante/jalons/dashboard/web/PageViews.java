package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.shared.web.PageLinks;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The view models of the public pages: records of display-ready values, never entities. */
final class PageViews {

    private PageViews() {}

    record HomeView(
            String roadmapTitle,
            int objectiveCount,
            int axisCount,
            int priorityCount,
            boolean hasPeriod,
            String periodLabel,
            String publishedOn,
            StatusBreakdownView overall,
            List<AxisCardView> axes,
            boolean hasPreviousPeriod,
            String previousPeriodLabel,
            List<StatusMoveView> moves,
            int movesTotal,
            List<ObjectiveRowView> newlyAchieved,
            int newlyAchievedTotal,
            String changesUrl,
            int notUpdatedCount,
            String notUpdatedUrl,
            List<FactView> facts) {}

    /**
     * What a document says about a roadmap, with its sentence: {@code date} in French as precise as the
     * source ({@code dateIso} for machines, {@code dateNote} how it was established), both empty when the
     * fact is undated; {@code sourceUrl} the document on the sources page.
     */
    record FactView(
            String date,
            String dateIso,
            String dateNote,
            String statement,
            String excerpt,
            String sourceText,
            String sourceUrl) {

        public boolean dated() {
            return !date.isEmpty();
        }
    }

    /** An objective of another roadmap, linked to its page: "3-1 Titre (Feuille de route …)". */
    record ContinuationView(String code, String title, String roadmapTitle, String url) {}

    record AxisCardView(
            int number,
            String name,
            String url,
            int priorityCount,
            int objectiveCount,
            StatusBreakdownView breakdown) {}

    record StatusMoveView(ObjectiveRowView objective, StatusView from, StatusView to) {}

    record AxisPageView(
            int number,
            String name,
            String periodLabel,
            StatusBreakdownView breakdown,
            List<PriorityView> priorities,
            String listUrl) {}

    record PriorityView(int number, String title, List<ObjectiveRowView> objectives) {}

    record ObjectivePageView(
            ObjectiveRowView objective,
            int axisNumber,
            String axisName,
            String axisUrl,
            int priorityNumber,
            String priorityTitle,
            String periodLabel,
            String narrativeHtml,
            List<MilestoneView> milestones,
            List<IndicatorChartView> indicators,
            List<TimelineEntryView> timeline,
            String apiUrl,
            @Nullable RebaseliningView rebaselining,
            String latestPeriodLabel,
            List<SourceView> sources,
            List<ContinuationView> continues,
            List<ContinuationView> continuedBy) {}

    /**
     * Where a fact on the page comes from: {@code aboutKey} and {@code aboutArgument} name the fact
     * (the structure, the status of a period), {@code text} the source, {@code url} the document on the
     * sources page (null for an action in Jalons).
     */
    record SourceView(
            String aboutKey,
            String aboutArgument,
            String text,
            @Nullable String url) {}

    /** Shown when the target or deadline changed: the initial target, the current one, and each change's reason. */
    record RebaseliningView(
            String initialTarget,
            String initialDeadline,
            String currentTarget,
            String currentDeadline,
            List<String> changes) {}

    record MilestoneView(String date, String description, String value) {}

    /** A period's published report; a corrected one carries its reason and the versions it replaced. */
    record TimelineEntryView(
            String periodLabel,
            StatusView status,
            String narrativeHtml,
            String publishedOn,
            String correctionReason,
            List<EarlierRevisionView> earlier) {}

    record EarlierRevisionView(StatusView status, String narrativeHtml, String publishedOn) {}

    record ObjectiveListView(
            List<Option> statuses,
            List<Option> axes,
            List<Option> priorities,
            List<Option> organisations,
            List<Option> years,
            List<Option> sorts,
            boolean overdueOnly,
            String query,
            List<ObjectiveRowView> results,
            String countLabel,
            List<String> notices,
            boolean filtered,
            String heading,
            String pageTitle,
            String csvUrl,
            String jsonUrl,
            List<Option> updates,
            List<Option> themes,
            PageLinks pagination) {}

    record Option(String value, String label, boolean selected) {}

    /** @param latestPeriodLabel the latest published period ("1er semestre 2025"), empty before any publication */
    record OrganisationListView(List<OrganisationRowView> organisations, String latestPeriodLabel) {}

    /**
     * @param piloted how many of its objectives the DNS designated it to pilot
     * @param updated how many of its objectives were updated in the latest published period
     */
    record OrganisationRowView(String acronym, String name, String url, int total, int piloted, int updated) {}

    /**
     * @param led every objective it leads, in the roadmap's order (its row marks a designated pilot)
     * @param piloted how many of them the DNS designated it to pilot
     * @param updated how many of its objectives were updated in the latest published period
     * @param notUpdatedUrl the list of its objectives not updated in that period
     */
    record OrganisationPageView(
            String acronym,
            String name,
            StatusBreakdownView breakdown,
            List<ObjectiveRowView> led,
            int piloted,
            String listUrl,
            String latestPeriodLabel,
            int updated,
            int total,
            String notUpdatedUrl,
            @Nullable String unknownPage,
            PageLinks pagination) {}
}
