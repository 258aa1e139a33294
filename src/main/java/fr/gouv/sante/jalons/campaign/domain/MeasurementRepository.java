package fr.gouv.sante.jalons.campaign.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MeasurementRepository extends JpaRepository<Measurement, Long> {

    List<Measurement> findByReportIdAndPublishedAtIsNull(long reportId);

    /** Publishes the figures of these reports not public yet, in one statement. */
    @Modifying(flushAutomatically = true)
    @Query("update Measurement m set m.publishedAt = :at where m.publishedAt is null and m.reportId in :reportIds")
    int publishOf(@Param("reportIds") Collection<Long> reportIds, @Param("at") Instant at);

    List<Measurement> findByIndicatorIdInAndPublishedAtIsNotNullOrderByMeasuredOnDesc(Collection<Long> indicatorIds);

    boolean existsByIndicatorIdAndMeasuredOnAndReportIdIsNot(long indicatorId, LocalDate measuredOn, long reportId);

    boolean existsByIndicatorIdAndMeasuredOn(long indicatorId, LocalDate measuredOn);

    boolean existsByPeriod(ReportingPeriod period);
}
