package fr.gouv.sante.jalons.campaign.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    Optional<ProgressReport> findByObjectiveIdAndPeriod(long objectiveId, ReportingPeriod period);

    List<ProgressReport> findByPeriod(ReportingPeriod period);

    boolean existsByPeriod(ReportingPeriod period);

    /** Reports of closed periods that were never published, newest period first. */
    @Query("""
            select r from ProgressReport r join fetch r.period p
            where p.state = fr.gouv.sante.jalons.campaign.domain.ReportingPeriod$State.CLOSED
              and r.state <> fr.gouv.sante.jalons.campaign.ReportState.PUBLISHED
            order by p.endsOn desc""")
    List<ProgressReport> findUnpublishedInClosedPeriods();
}
