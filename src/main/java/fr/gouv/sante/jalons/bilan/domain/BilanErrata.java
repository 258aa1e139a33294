package fr.gouv.sante.jalons.bilan.domain;

import fr.gouv.sante.jalons.publication.PublicationQueries;
import fr.gouv.sante.jalons.publication.PublishedReport;
import fr.gouv.sante.jalons.publication.PublishedReportCorrected;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.time.Clock;
import java.time.Instant;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The corrections of a published period, listed as errata of its editions (which stay unchanged). */
@Component
class BilanErrata {

    private final BilanErratumRepository errata;
    private final RoadmapQueries roadmap;
    private final PublicationQueries progress;
    private final Clock clock;

    BilanErrata(BilanErratumRepository errata, RoadmapQueries roadmap, PublicationQueries progress, Clock clock) {
        this.errata = errata;
        this.roadmap = roadmap;
        this.progress = progress;
        this.clock = clock;
    }

    /** A correction is listed as an erratum of its period's editions; the editions stay unchanged. */
    @EventListener
    void recordErratum(PublishedReportCorrected event) {
        roadmap.objective(ObjectiveCode.parse(event.objectiveCode()))
                .ifPresent(objective -> progress
                        .publishedReports(objective.summary().id())
                        .stream()
                        .filter(report -> report.period().equals(event.period()))
                        .findFirst()
                        .filter(report -> !errata.existsByPeriodCodeAndObjectiveCodeAndRevision(
                                event.period(), event.objectiveCode(), report.revision()))
                        .ifPresent(report -> errata.save(new BilanErratum(
                                event.period(),
                                event.objectiveCode(),
                                report.revision(),
                                report.reason() == null ? "" : report.reason(),
                                publishedAt(report)))));
    }

    private Instant publishedAt(PublishedReport report) {
        return report.publishedAt() == null ? clock.instant() : report.publishedAt();
    }
}
