package fr.gouv.sante.jalons.bilan.domain;

import fr.gouv.sante.jalons.bilan.Bilan;
import fr.gouv.sante.jalons.cluster.CachesInvalidated;
import fr.gouv.sante.jalons.publication.PeriodPublished;
import fr.gouv.sante.jalons.publication.PeriodSummary;
import fr.gouv.sante.jalons.publication.PublicationQueries;
import fr.gouv.sante.jalons.publication.PublishedReport;
import fr.gouv.sante.jalons.publication.PublishedReportCorrected;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveRestructured;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The public reading of the semester reports ("what changed" pages, feeds), kept in memory until a
 * publication, a correction or a change of structure (a bilan costs a few queries per objective).
 */
@Component
public class BilanReader {

    private final BilanAssembler assembler;
    private final PublicationQueries progress;
    private final RoadmapQueries roadmap;
    private final Clock clock;
    private final Map<String, Bilan> bilans = new ConcurrentHashMap<>();

    BilanReader(BilanAssembler assembler, PublicationQueries progress, RoadmapQueries roadmap, Clock clock) {
        this.assembler = assembler;
        this.progress = progress;
        this.roadmap = roadmap;
        this.clock = clock;
    }

    /** A published period's report as it stands now (corrections included); not found when unpublished. */
    public Bilan bilan(String periodCode) {
        return bilans.computeIfAbsent(periodCode, code -> assembler.assemble(code, clock.instant()));
    }

    public List<PeriodSummary> publishedPeriods() {
        return progress.publishedPeriods();
    }

    public Optional<PeriodSummary> period(String periodCode) {
        return progress.publishedPeriods().stream()
                .filter(p -> p.code().equals(periodCode))
                .findFirst();
    }

    public String periodLabel(String periodCode) {
        return assembler.periodLabel(periodCode);
    }

    /**
     * When something was published, as precisely as known: "le 4 juin 2025" (with the time when
     * {@code withTime}), or "en décembre 2024" for a period taken over from a document dated by month.
     */
    public String publishedOn(Instant instant, boolean withTime) {
        return assembler.publishedOn(instant, progress.publishedPeriods(), withTime);
    }

    public Optional<ObjectiveDetails> objective(ObjectiveCode code) {
        return roadmap.objective(code);
    }

    public List<PublishedReport> publishedReports(long objectiveId) {
        return progress.publishedReports(objectiveId);
    }

    public List<ObjectiveSummary> objectives() {
        return roadmap.objectives();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onPublication(PeriodPublished event) {
        bilans.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onCorrection(PublishedReportCorrected event) {
        bilans.clear();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void onRestructuring(ObjectiveRestructured event) {
        bilans.clear();
    }

    /** Another node (or this one) changed what the public sees: see the cluster module. */
    @EventListener
    void onClusterInvalidation(CachesInvalidated event) {
        bilans.clear();
    }

    public void evictAll() {
        bilans.clear();
    }
}
