package fr.gouv.sante.jalons.dashboard.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.dashboard.DashboardReader;
import fr.gouv.sante.jalons.dashboard.ObjectivePage;
import fr.gouv.sante.jalons.dashboard.ObjectivePreview;
import fr.gouv.sante.jalons.dashboard.PublicObjective;
import fr.gouv.sante.jalons.dashboard.PublicObjectiveDetails;
import fr.gouv.sante.jalons.dashboard.web.PageViews.MilestoneView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.ObjectivePageView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.SourceView;
import fr.gouv.sante.jalons.dashboard.web.PageViews.TimelineEntryView;
import fr.gouv.sante.jalons.provenance.ObjectiveSources;
import fr.gouv.sante.jalons.publication.PublishedReport;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.shared.MarkdownText;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds one objective's public page: milestones, indicator charts, the published timeline, re-baselinings. */
@Component
class ObjectivePageViews {

    private final DashboardReader reader;
    private final ObjectivePreview preview;
    private final ObjectiveRows rows;
    private final Formats formats;
    private final IndicatorCharts charts;

    ObjectivePageViews(
            DashboardReader reader,
            ObjectivePreview preview,
            ObjectiveRows rows,
            Formats formats,
            IndicatorCharts charts) {
        this.reader = reader;
        this.preview = preview;
        this.rows = rows;
        this.formats = formats;
        this.charts = charts;
    }

    ObjectivePageView objective(String code) {
        ObjectivePage page = reader.objectivePage(ObjectiveCode.fromPath(code))
                .orElseThrow(() -> new NotFoundException("objective", code));
        return page(page.objective(), page.latestPeriod(), page.details());
    }

    /** The same page as the publication being prepared would leave it; built from nothing cached. */
    ObjectivePageView draft(CurrentUser admin, String code) {
        return preview.asIfPublished(
                admin,
                code,
                (snapshot, page) -> page(
                        snapshot.objective(code).orElseThrow(() -> new NotFoundException("objective", code)),
                        snapshot.period() == null ? null : snapshot.period().code(),
                        page));
    }

    private ObjectivePageView page(
            PublicObjective objective, @Nullable String latestPeriod, PublicObjectiveDetails page) {
        ObjectiveDetails details = page.details();
        ObjectiveSummary summary = details.summary();
        List<PublishedReport> reports = page.reports();
        PublishedReport latest = reports.isEmpty() ? null : reports.get(0);
        return new ObjectivePageView(
                rows.row(objective, latestPeriod),
                summary.axis().number(),
                summary.axis().name(),
                Urls.axis(summary.axis().number()),
                summary.priority().number(),
                summary.priority().title(),
                latest == null ? "" : formats.period(latest.period()),
                latest == null ? "" : MarkdownText.toSafeHtml(latest.narrative()),
                milestones(details),
                details.indicators().stream()
                        .map(indicator -> charts.chart(
                                indicator, page.measurementsByIndicator().getOrDefault(indicator.id(), List.of())))
                        .toList(),
                reports.stream().map(this::timelineEntry).toList(),
                "/api/v1/objectives/" + summary.code(),
                rebaselining(details),
                rows.latestPeriodLabel(latestPeriod),
                sources(page.sources()),
                RoadmapViews.continuations(page.continuations().continues()),
                RoadmapViews.continuations(page.continuations().continuedBy()));
    }

    private List<SourceView> sources(ObjectiveSources sources) {
        return sources.all().stream()
                .map(source -> new SourceView(
                        "objective.source." + source.about(),
                        source.period() == null ? "" : formats.period(source.period()),
                        source.text(),
                        source.document() == null ? null : Urls.source(source.document())))
                .toList();
    }

    private List<MilestoneView> milestones(ObjectiveDetails details) {
        return details.milestones().stream()
                .map(m -> new MilestoneView(
                        formats.deadline(m.due()), m.description(), m.value() == null ? "" : formats.number(m.value())))
                .toList();
    }

    private TimelineEntryView timelineEntry(PublishedReport report) {
        return new TimelineEntryView(
                formats.period(report.period()),
                StatusView.of(report.status(), report.statusBasis()),
                MarkdownText.toSafeHtml(report.narrative()),
                formats.publishedOn(report.publishedAt(), report.publishedPrecision()),
                report.reason(),
                report.earlierRevisions().stream()
                        .map(earlier -> new PageViews.EarlierRevisionView(
                                StatusView.of(earlier.status(), earlier.statusBasis()),
                                MarkdownText.toSafeHtml(earlier.narrative()),
                                formats.publishedOn(earlier.publishedAt(), earlier.publishedPrecision())))
                        .toList());
    }

    private PageViews.@Nullable RebaseliningView rebaselining(ObjectiveDetails details) {
        if (details.rebaselinings().isEmpty()) {
            return null;
        }
        ObjectiveDetails.Rebaselining first = details.rebaselinings().get(0);
        return new PageViews.RebaseliningView(
                first.previousTarget(),
                formats.deadline(first.previousDeadline()),
                details.summary().target(),
                formats.deadline(details.summary().deadline()),
                details.rebaselinings().stream()
                        .map(change -> formats.message(
                                "objective.rebaselined.reason", formats.date(change.changedAt()), change.reason()))
                        .toList());
    }
}
