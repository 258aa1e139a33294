package fr.gouv.sante.jalons.bilan;

import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A period's semester report as published: the picture of the roadmap at that period (each
 * objective's status is its report of that period, or its earlier one when it was not updated), what
 * changed since the previous period, and the re-baselinings made up to the publication. Display
 * strings are already in French.
 */
public record Bilan(
        String roadmapTitle,
        String periodCode,
        String periodLabel,
        Instant publishedAt,
        String publishedOn,
        @Nullable String previousPeriodLabel,
        List<StatusCount> overall,
        String overallChart,
        List<AxisCounts> axes,
        Changes changes,
        List<PriorityPart> priorities,
        List<OrganisationLag> notUpdated,
        List<RebaseliningLine> rebaselinings,
        int objectiveCount,
        int edition,
        Instant editionAt,
        String synthesisHtml,
        boolean editionDatedByMonth) {

    /** A supplementary publication's edition (2 and more) adds late reports to the first one. */
    public boolean supplementary() {
        return edition > 1;
    }

    public boolean hasPrevious() {
        return previousPeriodLabel != null;
    }

    /** How many of the statuses shown were reconstructed from a document's text, not documented. */
    public long inferredCount() {
        return priorities.stream()
                .flatMap(priority -> priority.objectives().stream())
                .filter(ObjectivePart::statusInferred)
                .count();
    }

    /** The DNS's written synthesis entered with this publication, if any. */
    public boolean hasSynthesis() {
        return synthesisHtml != null && !synthesisHtml.isEmpty();
    }

    /** The document's sections: each axis with its priorities, in the roadmap's order. */
    public List<AxisSection> sections() {
        return axes.stream()
                .map(axis -> new AxisSection(
                        axis.number(),
                        axis.name(),
                        priorities.stream()
                                .filter(priority -> priority.axis() == axis.number())
                                .toList()))
                .toList();
    }

    /** An axis as a section of the document: its priorities, each with its objectives. */
    public record AxisSection(int number, String name, List<PriorityPart> priorities) {}

    /** How many objectives have a status, by status. */
    public record StatusCount(ProgressStatus status, int count) {}

    /** An axis with its status counts and their bar. */
    public record AxisCounts(int number, String name, List<StatusCount> counts, int total, String chart) {}

    /** An objective named by code and title. */
    public record ObjectiveRef(String code, String title) {}

    /** What changed since the previous period. */
    public record Changes(
            List<Move> moves,
            List<ObjectiveRef> newlyAchieved,
            List<Figure> newFigures,
            List<RebaseliningLine> rebaselinings,
            List<ObjectiveRef> notUpdated) {}

    /** A status move from the previous period to this one. */
    public record Move(ObjectiveRef objective, ProgressStatus from, ProgressStatus to) {}

    /** A figure measured in this period, against its indicator's target. */
    public record Figure(
            ObjectiveRef objective, String indicator, String value, String date, String target, String progress) {}

    /** A change of target or deadline, with its reason. */
    public record RebaseliningLine(
            ObjectiveRef objective,
            String changedOn,
            String reason,
            String previousTarget,
            String previousDeadline,
            String newTarget,
            String newDeadline) {}

    /** A priority and its objectives. */
    public record PriorityPart(int axis, int number, String title, List<ObjectivePart> objectives) {}

    /**
     * One objective as published in this period.
     *
     * @param updated false when its latest report is from an earlier period ("non mis à jour")
     */
    public record ObjectivePart(
            String code,
            String title,
            String target,
            String deadline,
            List<String> owners,
            @Nullable ProgressStatus status,
            String statusPeriodLabel,
            boolean updated,
            String narrativeHtml,
            List<IndicatorPart> indicators,
            boolean statusInferred) {}

    /**
     * An indicator: a chart (or, with a single measurement, a figure card), the values and targets as
     * a table, the progress towards the target.
     */
    public record IndicatorPart(String name, String chartSvg, String figureCard, String progress, List<Row> rows) {}

    /** A row of an indicator's table. */
    public record Row(String date, String value, String kindKey) {}

    /** The objectives an organisation leads (designated pilot or not) that were not updated in this period. */
    public record OrganisationLag(String acronym, String name, List<ObjectiveRef> objectives) {}
}
