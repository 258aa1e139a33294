package fr.gouv.sante.jalons.progress.domain;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import fr.gouv.sante.jalons.progress.MeasurementValue;
import fr.gouv.sante.jalons.progress.PeriodSummary;
import fr.gouv.sante.jalons.progress.ProgressQueries;
import fr.gouv.sante.jalons.progress.PublishedReport;
import fr.gouv.sante.jalons.progress.PublishedStatus;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    public Map<Long, PublishedStatus> latestPublishedStatuses() {
        Map<Long, PublishedStatus> statuses = new LinkedHashMap<>();
        // rows come newest period first: the first row of an objective is its latest status
        for (ProgressReadRepository.StatusRow row : repository.findPublishedStatuses()) {
            statuses.putIfAbsent(row.objectiveId(), new PublishedStatus(row.status(), row.period()));
        }
        return statuses;
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
