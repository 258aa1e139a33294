package fr.gouv.sante.jalons.opendata;

import fr.gouv.sante.jalons.opendata.OpenDataResources.AxisRef;
import fr.gouv.sante.jalons.opendata.OpenDataResources.AxisResource;
import fr.gouv.sante.jalons.opendata.OpenDataResources.IndicatorResource;
import fr.gouv.sante.jalons.opendata.OpenDataResources.MeasurementResource;
import fr.gouv.sante.jalons.opendata.OpenDataResources.MilestoneResource;
import fr.gouv.sante.jalons.opendata.OpenDataResources.ObjectiveDetailResource;
import fr.gouv.sante.jalons.opendata.OpenDataResources.ObjectiveResource;
import fr.gouv.sante.jalons.opendata.OpenDataResources.OrganisationResource;
import fr.gouv.sante.jalons.opendata.OpenDataResources.PriorityRef;
import fr.gouv.sante.jalons.opendata.OpenDataResources.PriorityResource;
import fr.gouv.sante.jalons.opendata.OpenDataResources.ReportResource;
import fr.gouv.sante.jalons.opendata.OpenDataResources.SourceResource;
import fr.gouv.sante.jalons.opendata.OpenDataResources.TargetResource;
import fr.gouv.sante.jalons.organisation.OrganisationQueries;
import fr.gouv.sante.jalons.provenance.ObjectiveSources;
import fr.gouv.sante.jalons.provenance.SourceQueries;
import fr.gouv.sante.jalons.publication.MeasurementValue;
import fr.gouv.sante.jalons.publication.PublicProgress;
import fr.gouv.sante.jalons.publication.PublicProgress.ObjectiveProgress;
import fr.gouv.sante.jalons.publication.PublicationQueries;
import fr.gouv.sante.jalons.roadmap.Continuations;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.IndicatorDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary.OwnerRef;
import fr.gouv.sante.jalons.roadmap.PublicRoadmapQueries;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.Decimals;
import fr.gouv.sante.jalons.shared.FigureWords;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.NotFoundException;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** Builds the open-data documents from the roadmap's structure and its published progress. */
@Service
class OpenDataCatalogue {

    private final RoadmapQueries roadmap;
    private final PublicRoadmapQueries roadmaps;
    private final PublicationQueries progress;
    private final OrganisationQueries organisations;
    private final MessageSource messages;
    private final SourceQueries sources;

    OpenDataCatalogue(
            RoadmapQueries roadmap,
            PublicRoadmapQueries roadmaps,
            PublicationQueries progress,
            OrganisationQueries organisations,
            MessageSource messages,
            SourceQueries sources) {
        this.messages = messages;
        this.roadmap = roadmap;
        this.roadmaps = roadmaps;
        this.progress = progress;
        this.organisations = organisations;
        this.sources = sources;
    }

    /** Statuses come from {@link PublicationQueries#publicProgress()}, the read model of the public pages too. */
    List<ObjectiveResource> objectives() {
        PublicProgress published = progress.publicProgress();
        String latest = latestPeriod(published);
        Map<Long, ObjectiveSources> allSources = sources.objectives();
        return roadmap.objectives().stream()
                .map(objective -> {
                    ObjectiveProgress status = published.of(objective.id());
                    return new ObjectiveResource(
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
                            status.status() == null ? null : status.status().name(),
                            status.statusPeriod(),
                            status.updatedInLatestPeriod(),
                            latest,
                            basis(status),
                            SourceResource.of(allSources.getOrDefault(objective.id(), ObjectiveSources.NONE)));
                })
                .toList();
    }

    private static @Nullable String latestPeriod(PublicProgress published) {
        return published.latestPeriod() == null
                ? null
                : published.latestPeriod().code();
    }

    /** @throws NotFoundException when the roadmap has no objective with that code */
    ObjectiveDetailResource objective(ObjectiveCode code) {
        ObjectiveDetails details =
                roadmap.objective(code).orElseThrow(() -> new NotFoundException("objective", code.toString()));
        ObjectiveSummary objective = details.summary();
        List<ReportResource> reports = progress.publishedReports(objective.id()).stream()
                .map(report -> new ReportResource(
                        report.period(),
                        report.status().name(),
                        report.narrative(),
                        publishedAt(report.publishedAt(), report.publishedPrecision()),
                        report.revision(),
                        report.reason(),
                        report.statusBasis().name(),
                        report.publishedPrecision().name()))
                .toList();
        List<IndicatorResource> indicators = indicators(details);
        List<MilestoneResource> milestones = details.milestones().stream()
                .map(m -> new MilestoneResource(m.due(), m.description(), Decimals.plain(m.value())))
                .toList();
        PublicProgress published = progress.publicProgress();
        ObjectiveProgress status = published.of(objective.id());
        Continuations continuations = roadmaps.continuations(objective.id());
        return new ObjectiveDetailResource(
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
                status.status() == null ? null : status.status().name(),
                status.statusPeriod(),
                status.updatedInLatestPeriod(),
                latestPeriod(published),
                milestones,
                reports,
                indicators,
                details.rebaselinings().stream()
                        .map(OpenDataResources.RebaseliningResource::new)
                        .toList(),
                basis(status),
                SourceResource.of(sources.objective(objective.id())),
                RoadmapCatalogue.continuations(continuations.continues()),
                RoadmapCatalogue.continuations(continuations.continuedBy()));
    }

    private static @Nullable String basis(ObjectiveProgress status) {
        return status.statusBasis() == null ? null : status.statusBasis().name();
    }

    /** An instant when the day is known, the month ("2024-12") when the source gives only that. */
    private static @Nullable String publishedAt(@Nullable Instant instant, @Nullable DatePrecision precision) {
        if (instant == null) {
            return null;
        }
        return precision == DatePrecision.MONTH ? FrenchFormat.month(instant).toString() : instant.toString();
    }

    /** An objective's indicators with their targets and published figures, as the API writes them. */
    private List<IndicatorResource> indicators(ObjectiveDetails details) {
        Map<Long, List<MeasurementValue>> measurements = progress.publishedMeasurements(
                details.indicators().stream().map(IndicatorDetails::id).toList());
        return details.indicators().stream()
                .map(indicator -> new IndicatorResource(
                        indicator.name(),
                        indicator.unit(),
                        indicator.direction(),
                        indicator.targets().stream()
                                .map(target -> new TargetResource(Decimals.plain(target.value()), target.due()))
                                .toList(),
                        measurements.getOrDefault(indicator.id(), List.of()).stream()
                                .map(m -> new MeasurementResource(
                                        Decimals.plain(m.value()),
                                        m.datePrecision() == DatePrecision.PERIOD ? null : m.isoDate(),
                                        m.source(),
                                        m.qualifier().name(),
                                        m.datePrecision().name(),
                                        m.period(),
                                        FigureWords.quantity(messages, m.value(), indicator.unit(), m.qualifier())
                                                + " "
                                                + FigureWords.when(
                                                        messages,
                                                        m.date(),
                                                        m.datePrecision(),
                                                        m.bilanMonth(),
                                                        m.period())))
                                .toList()))
                .toList();
    }

    /** One published figure with the objective and indicator it belongs to, for the exports. */
    record MeasurementRow(String objectiveCode, String indicator, String unit, MeasurementResource measurement) {}

    /**
     * Every published figure, as the API writes it, in the roadmap's order: the indicators alone, not
     * the whole detail (reports, status, sources) of each objective.
     */
    List<MeasurementRow> measurements() {
        List<MeasurementRow> rows = new java.util.ArrayList<>();
        for (ObjectiveSummary objective : roadmap.objectives()) {
            ObjectiveDetails details = roadmap.objective(ObjectiveCode.parse(objective.code()))
                    .orElseThrow(() -> new NotFoundException("objective", objective.code()));
            for (IndicatorResource indicator : indicators(details)) {
                indicator
                        .measurements()
                        .forEach(measurement -> rows.add(
                                new MeasurementRow(objective.code(), indicator.name(), indicator.unit(), measurement)));
            }
        }
        return rows;
    }

    List<AxisResource> axes() {
        return roadmap.axes().stream()
                .map(axis -> new AxisResource(
                        axis.number(),
                        axis.name(),
                        axis.priorities().stream()
                                .map(priority -> new PriorityResource(
                                        priority.number(), priority.title(), priority.objectiveCodes()))
                                .toList()))
                .toList();
    }

    List<OrganisationResource> organisations() {
        List<ObjectiveSummary> objectives = roadmap.objectives();
        PublicProgress published = progress.publicProgress();
        return organisations.all().stream()
                .map(organisation -> new OrganisationResource(
                        organisation.acronym(),
                        organisation.name(),
                        organisation.siret(),
                        objectives.stream()
                                .filter(objective -> objective.owners().stream()
                                        .map(OwnerRef::acronym)
                                        .anyMatch(organisation.acronym()::equals))
                                .map(ObjectiveSummary::code)
                                .toList(),
                        objectives.stream()
                                .filter(objective -> objective.pilotedBy(organisation.acronym()))
                                .map(ObjectiveSummary::code)
                                .toList(),
                        latestPeriod(published),
                        objectives.stream()
                                .filter(objective -> objective.ownerAcronyms().contains(organisation.acronym()))
                                .filter(objective ->
                                        published.of(objective.id()).updatedInLatestPeriod())
                                .map(ObjectiveSummary::code)
                                .toList()))
                .toList();
    }

    private static AxisRef axis(ObjectiveSummary objective) {
        return new AxisRef(objective.axis().number(), objective.axis().name());
    }

    private static PriorityRef priority(ObjectiveSummary objective) {
        return new PriorityRef(
                objective.priority().number(), objective.priority().title());
    }
}
