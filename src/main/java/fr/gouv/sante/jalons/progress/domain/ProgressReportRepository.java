package fr.gouv.sante.jalons.progress.domain;

import fr.gouv.sante.jalons.progress.ReportState;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

    Optional<ProgressReport> findByObjectiveIdAndPeriod(long objectiveId, ReportingPeriod period);

    List<ProgressReport> findByPeriod(ReportingPeriod period);

    List<ProgressReport> findByPeriodAndState(ReportingPeriod period, ReportState state);
}
