package fr.gouv.sante.jalons.bilan.domain;

import fr.gouv.sante.jalons.bilan.Bilan;
import fr.gouv.sante.jalons.cluster.PublicCaches;
import fr.gouv.sante.jalons.publication.PeriodSummary;
import fr.gouv.sante.jalons.publication.PublicationQueries;
import fr.gouv.sante.jalons.publication.PublishedReport;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The public reading of the semester reports ("what changed" pages, feeds). Each period's bilan is
 * kept in the public cache {@value #CACHE} (it costs a few queries per objective), which
 * {@link PublicCaches} clears whenever what the public sees changes.
 */
@Component
public class BilanReader {

    static final String CACHE = "bilans";

    private final BilanAssembler assembler;
    private final PublicationQueries progress;
    private final RoadmapQueries roadmap;
    private final Clock clock;
    private final PublicCaches caches;

    BilanReader(
            BilanAssembler assembler,
            PublicationQueries progress,
            RoadmapQueries roadmap,
            Clock clock,
            PublicCaches caches) {
        this.assembler = assembler;
        this.progress = progress;
        this.roadmap = roadmap;
        this.clock = clock;
        this.caches = caches;
    }

    /** A published period's report as it stands now (corrections included); not found when unpublished. */
    public Bilan bilan(String periodCode) {
        return caches.read(CACHE, periodCode, () -> assembler.assemble(periodCode, clock.instant()));
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
}
