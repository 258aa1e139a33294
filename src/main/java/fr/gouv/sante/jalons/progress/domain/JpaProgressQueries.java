package fr.gouv.sante.jalons.progress.domain;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import fr.gouv.sante.jalons.progress.MeasurementValue;
import fr.gouv.sante.jalons.progress.ObjectiveStatusHistory;
import fr.gouv.sante.jalons.progress.PeriodSummary;
import fr.gouv.sante.jalons.progress.ProgressQueries;
import fr.gouv.sante.jalons.progress.PublishedReport;
import fr.gouv.sante.jalons.progress.PublishedStatus;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaProgressQueries implements ProgressQueries {

    private final ProgressReadRepository repository;

    JpaProgressQueries(ProgressReadRepository repository) {
        this.repository = repository;
    }

    @Override
    public Optional<PeriodSummary> latestPublishedPeriod() {
        return repository.findPublishedPeriods(Limit.of(1)).stream().findFirst();
    }

    @Override
    public List<PeriodSummary> publishedPeriods() {
        return repository.findPublishedPeriods(Limit.unlimited());
    }

    @Override
    public Map<Long, PublishedStatus> latestPublishedStatuses() {
        Map<Long, PublishedStatus> statuses = new LinkedHashMap<>();
        publishedStatusHistories().forEach((id, history) -> statuses.put(id, history.statuses().get(0)));
        return statuses;
    }

    @Override
    public Map<Long, ObjectiveStatusHistory> publishedStatusHistories() {
        // rows come newest period first, so each objective's list does too
        Map<Long, List<PublishedStatus>> statuses = repository.findPublishedStatuses().stream()
                .collect(groupingBy(ProgressReadRepository.StatusRow::objectiveId, LinkedHashMap::new,
                        mapping(row -> new PublishedStatus(row.status(), row.period()), toList())));
        Map<Long, ObjectiveStatusHistory> histories = new LinkedHashMap<>();
        statuses.forEach((id, list) -> histories.put(id, new ObjectiveStatusHistory(id, list)));
        return histories;
    }

    @Override
    public Set<Long> objectivesWithNarrativeMatching(String query) {
        return Set.copyOf(repository.findObjectivesWithNarrativeMatching(query));
    }

    @Override
    public List<PublishedReport> publishedReports(long objectiveId) {
        return repository.findPublishedReports(objectiveId);
    }

    @Override
    public Map<Long, List<MeasurementValue>> publishedMeasurements(Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return Map.of();
        }
        return repository.findPublishedMeasurements(indicatorIds).stream()
                .collect(groupingBy(ProgressReadRepository.MeasurementRow::indicatorId, LinkedHashMap::new,
                        mapping(row -> new MeasurementValue(row.date(), row.value(), row.source()), toList())));
    }
}
