package fr.gouv.sante.jalons.progress.domain;

import fr.gouv.sante.jalons.progress.ReportState;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    Optional<ProgressReport> findByObjectiveIdAndPeriod(long objectiveId, ReportingPeriod period);

    List<ProgressReport> findByPeriod(ReportingPeriod period);

    List<ProgressReport> findByPeriodAndState(ReportingPeriod period, ReportState state);

    @Query("select r from ProgressReport r join fetch r.period p where r.objectiveId in :objectiveIds "
            + "and r.publishedAt is not null order by p.endsOn desc")
    List<ProgressReport> findPublishedOf(Collection<Long> objectiveIds);
}
