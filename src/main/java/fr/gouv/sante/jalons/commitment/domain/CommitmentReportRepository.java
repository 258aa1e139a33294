package fr.gouv.sante.jalons.commitment.domain;

import fr.gouv.sante.jalons.campaign.ReportState;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CommitmentReportRepository extends JpaRepository<CommitmentReport, Long> {

    Optional<CommitmentReport> findByCommitmentIdAndPeriodId(long commitmentId, long periodId);

    List<CommitmentReport> findByPeriodId(long periodId);

    List<CommitmentReport> findByPeriodIdAndState(long periodId, ReportState state);
}
