package fr.gouv.sante.jalons.progress.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    Optional<ReportingPeriod> findByRoadmapIdAndState(long roadmapId, ReportingPeriod.State state);

    Optional<ReportingPeriod> findFirstByRoadmapIdAndStateIn(long roadmapId, java.util.Collection<ReportingPeriod.State> states);

    Optional<ReportingPeriod> findByRoadmapIdAndCode(long roadmapId, String code);

    List<ReportingPeriod> findByRoadmapIdOrderByEndsOnDesc(long roadmapId);
}
