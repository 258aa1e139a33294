package fr.gouv.sante.jalons.campaign.domain;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    Optional<ReportingPeriod> findByRoadmapIdAndState(long roadmapId, ReportingPeriod.State state);

    Optional<ReportingPeriod> findFirstByRoadmapIdAndStateIn(
            long roadmapId, java.util.Collection<ReportingPeriod.State> states);

    /** The same, locked until the end of the transaction: concurrent publications queue up behind it. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ReportingPeriod p where p.roadmapId = ?1 and p.state in ?2")
    List<ReportingPeriod> lockByRoadmapIdAndStateIn(long roadmapId, java.util.Collection<ReportingPeriod.State> states);

    Optional<ReportingPeriod> findByRoadmapIdAndCode(long roadmapId, String code);

    List<ReportingPeriod> findByRoadmapIdOrderByEndsOnDesc(long roadmapId);
}
