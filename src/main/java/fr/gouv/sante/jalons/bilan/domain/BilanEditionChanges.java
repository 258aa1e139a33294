package fr.gouv.sante.jalons.bilan.domain;

import fr.gouv.sante.jalons.bilan.EditionChanges;
import fr.gouv.sante.jalons.bilan.Erratum;
import fr.gouv.sante.jalons.publication.PublicationQueries;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.roadmap.RoadmapQueries;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What was made public in a published period after one of its editions: late reports and corrections. */
@Component
class BilanEditionChanges {

    private final BilanEditionRepository editions;
    private final BilanErratumRepository errata;
    private final PublicationQueries progress;
    private final RoadmapQueries roadmap;

    BilanEditionChanges(
            BilanEditionRepository editions,
            BilanErratumRepository errata,
            PublicationQueries progress,
            RoadmapQueries roadmap) {
        this.editions = editions;
        this.errata = errata;
        this.progress = progress;
        this.roadmap = roadmap;
    }

    /**
     * What was made public in a published period since its latest edition: the late reports and
     * the corrections that a new edition would take in.
     */
    @Transactional(readOnly = true)
    public EditionChanges changesSinceLastEdition(String periodCode) {
        return editions.findFirstByPeriodCodeOrderByNumberDesc(periodCode)
                .map(last -> changesAfter(last, Integer.MAX_VALUE, Integer.MAX_VALUE))
                .orElseGet(() -> new EditionChanges(periodCode, 0, List.of(), List.of()));
    }

    /** What an edition took in since the one before it; nothing for a period's first edition. */
    @Transactional(readOnly = true)
    public EditionChanges changesIn(String periodCode, int number) {
        Optional<BilanEdition> edition = editions.findByPeriodCodeAndNumber(periodCode, number);
        Optional<BilanEdition> previous = editions.findByPeriodCodeAndNumber(periodCode, number - 1);
        if (edition.isEmpty() || previous.isEmpty()) {
            return new EditionChanges(periodCode, Math.max(0, number - 1), List.of(), List.of());
        }
        return changesAfter(
                previous.get(), edition.get().getPublications(), edition.get().getErrata());
    }

    /** Late reports of later publications, up to {@code publications}, and errata up to {@code errataCount}. */
    private EditionChanges changesAfter(BilanEdition edition, int publications, int errataCount) {
        String periodCode = edition.getPeriodCode();
        Map<Long, ObjectiveSummary> objectives = new HashMap<>();
        roadmap.objectives().forEach(objective -> objectives.put(objective.id(), objective));
        List<EditionChanges.LateReport> late =
                progress.reportsPublishedAfter(periodCode, edition.getPublications()).stream()
                        .filter(report -> report.publication() <= publications)
                        .filter(report -> objectives.containsKey(report.objectiveId()))
                        .map(report -> {
                            // kept by the filter above
                            ObjectiveSummary objective = Objects.requireNonNull(objectives.get(report.objectiveId()));
                            return new EditionChanges.LateReport(
                                    objective.code(), objective.title(), report.publishedAt());
                        })
                        .toList();
        List<Erratum> all = errata.ofPeriod(periodCode);
        List<Erratum> corrections =
                all.subList(Math.min(edition.getErrata(), all.size()), Math.min(errataCount, all.size()));
        return new EditionChanges(periodCode, edition.getNumber(), late, corrections);
    }
}
