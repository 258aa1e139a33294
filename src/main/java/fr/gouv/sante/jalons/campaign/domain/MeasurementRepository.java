package fr.gouv.sante.jalons.campaign.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MeasurementRepository extends JpaRepository<Measurement, Long> {

    List<Measurement> findByReportIdAndPublishedAtIsNull(long reportId);

    List<Measurement> findByIndicatorIdInAndPublishedAtIsNotNullOrderByMeasuredOnDesc(Collection<Long> indicatorIds);

    boolean existsByIndicatorIdAndMeasuredOnAndReportIdIsNot(long indicatorId, LocalDate measuredOn, long reportId);

    boolean existsByIndicatorIdAndMeasuredOn(long indicatorId, LocalDate measuredOn);

    boolean existsByPeriod(ReportingPeriod period);
}
