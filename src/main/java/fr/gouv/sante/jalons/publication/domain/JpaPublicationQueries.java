package fr.gouv.sante.jalons.publication.domain;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.mapping;
import static java.util.stream.Collectors.toList;

import fr.gouv.sante.jalons.publication.MeasurementValue;
import fr.gouv.sante.jalons.publication.ObjectiveStatusHistory;
import fr.gouv.sante.jalons.publication.PeriodSummary;
import fr.gouv.sante.jalons.publication.PublicProgress;
import fr.gouv.sante.jalons.publication.PublicationQueries;
import fr.gouv.sante.jalons.publication.PublishedReport;
import fr.gouv.sante.jalons.publication.PublishedStatus;
import fr.gouv.sante.jalons.publication.ReportOrigin;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaPublicationQueries implements PublicationQueries {

    private final PublishedRecordRepository repository;

    JpaPublicationQueries(PublishedRecordRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<ReportOrigin> publishedReportOrigins() {
        return repository.findReportOrigins().stream()
                .map(JpaPublicationQueries::origin)
                .toList();
    }

    @Override
    public List<ReportOrigin> publishedReportOrigins(long objectiveId) {
        return repository.findReportOrigins(objectiveId).stream()
                .map(JpaPublicationQueries::origin)
                .toList();
    }

    private static ReportOrigin origin(Object[] row) {
        return new ReportOrigin(
                ((Number) row[0]).longValue(),
                (String) row[1],
                ((Number) row[2]).intValue(),
                PublishedRows.instant(row[3]),
                (Boolean) row[4],
                row[5] == null ? null : ((Number) row[5]).longValue());
    }

    @Override
    public List<PeriodSummary> publishedPeriods() {
        return repository.findPublishedPeriods().stream()
                .map(PublishedRows::period)
                .toList();
    }

    @Override
    public java.util.Optional<String> publicationSynthesis(String periodCode, int publication) {
        return repository.findPublicationSynthesis(periodCode, publication);
    }

    @Override
    public java.util.Optional<String> synthesisUpTo(String periodCode, java.time.Instant asOf) {
        return repository.findSynthesisUpTo(periodCode, asOf);
    }

    @Override
    public List<fr.gouv.sante.jalons.publication.LateReport> reportsPublishedAfter(String periodCode, int publication) {
        return repository.findFirstPublishedAfter(periodCode, publication).stream()
                .map(PublishedRows::lateReport)
                .toList();
    }

    @Override
    public PublicProgress publicProgress() {
        List<PeriodSummary> periods = publishedPeriods();
        PeriodSummary latest = periods.isEmpty() ? null : periods.get(0);
        PeriodSummary previous = periods.size() < 2 ? null : periods.get(1);
        Map<Long, PublicProgress.ObjectiveProgress> byObjective = new LinkedHashMap<>();
        // the two newest statuses of each objective are all it needs: never every period's rows
        histories(repository.findPublicStatuses()).forEach((id, history) -> {
            PublishedStatus current = history.statuses().get(0);
            boolean updated = latest != null && current.period().equals(latest.code());
            PublishedStatus before = updated && history.statuses().size() > 1
                    ? history.statuses().get(1)
                    : null;
            byObjective.put(
                    id,
                    new PublicProgress.ObjectiveProgress(
                            current.status(),
                            current.period(),
                            updated,
                            before == null ? null : before.status(),
                            current.basis()));
        });
        return new PublicProgress(latest, previous, byObjective);
    }

    @Override
    public Map<Long, PublishedStatus> latestPublishedStatuses() {
        Map<Long, PublishedStatus> statuses = new LinkedHashMap<>();
        histories(repository.findPublicStatuses())
                .forEach((id, history) -> statuses.put(id, history.statuses().get(0)));
        return statuses;
    }

    @Override
    public Map<Long, ObjectiveStatusHistory> publishedStatusHistories() {
        return histories(repository.findPublishedStatuses());
    }

    private static Map<Long, ObjectiveStatusHistory> histories(List<Object[]> rows) {
        // rows come newest period first, newest revision first: keep the first row of each report
        Map<Long, List<PublishedStatus>> statuses = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (PublishedRows.StatusRow row :
                rows.stream().map(PublishedRows.StatusRow::of).toList()) {
            if (seen.add(row.objectiveId() + "/" + row.period())) {
                statuses.computeIfAbsent(row.objectiveId(), id -> new ArrayList<>())
                        .add(new PublishedStatus(row.status(), row.period(), row.basis()));
            }
        }
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
        // newest period first, newest revision first: the first row of a period is what the public sees
        Map<String, List<PublishedRows.RevisionRow>> byPeriod = new LinkedHashMap<>();
        for (PublishedRows.RevisionRow row : repository.findPublishedRevisions(objectiveId).stream()
                .map(PublishedRows.RevisionRow::of)
                .toList()) {
            byPeriod.computeIfAbsent(row.period(), period -> new ArrayList<>()).add(row);
        }
        return byPeriod.values().stream()
                .map(rows -> {
                    PublishedRows.RevisionRow latest = rows.get(0);
                    return new PublishedReport(
                            latest.period(),
                            latest.status(),
                            latest.basis(),
                            latest.narrative(),
                            latest.publishedAt(),
                            latest.publishedPrecision(),
                            latest.revision(),
                            latest.reason(),
                            rows.subList(1, rows.size()).stream()
                                    .map(row -> new PublishedReport.Revision(
                                            row.revision(),
                                            row.status(),
                                            row.basis(),
                                            row.narrative(),
                                            row.publishedAt(),
                                            row.publishedPrecision(),
                                            row.reason()))
                                    .toList());
                })
                .toList();
    }

    @Override
    public Map<Long, List<MeasurementValue>> publishedMeasurements(Collection<Long> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return Map.of();
        }
        return repository.findPublishedMeasurements(indicatorIds).stream()
                .map(PublishedRows.MeasurementRow::of)
                .collect(groupingBy(
                        PublishedRows.MeasurementRow::indicatorId,
                        LinkedHashMap::new,
                        mapping(
                                row -> new MeasurementValue(
                                        row.date(),
                                        row.value(),
                                        row.source(),
                                        row.qualifier(),
                                        row.datePrecision(),
                                        row.period(),
                                        FrenchFormat.month(row.periodPublishedAt())),
                                toList())));
    }
}
