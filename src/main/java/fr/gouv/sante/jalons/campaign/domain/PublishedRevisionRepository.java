package fr.gouv.sante.jalons.campaign.domain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublishedRevisionRepository extends JpaRepository<PublishedRevision, Long> {

    @Query("select coalesce(max(v.revision), 0) from PublishedRevision v where v.report = :report")
    int lastRevision(ProgressReport report);

    Optional<PublishedRevision> findFirstByReportOrderByRevisionDesc(ProgressReport report);

    /** The revisions the public sees now (the latest of each report) of one period, by objective id. */
    @Query("""
            select v from PublishedRevision v join fetch v.report r
            where r.period = :period
              and v.revision = (select max(w.revision) from PublishedRevision w where w.report = r)""")
    List<PublishedRevision> findLatestOfPeriod(ReportingPeriod period);
}
