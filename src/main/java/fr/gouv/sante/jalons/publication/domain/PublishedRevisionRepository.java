package fr.gouv.sante.jalons.publication.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublishedRevisionRepository extends JpaRepository<PublishedRevision, Long> {

    @Query("select coalesce(max(v.revision), 0) from PublishedRevision v where v.reportId = :reportId")
    int lastRevision(long reportId);

    Optional<PublishedRevision> findFirstByReportIdOrderByRevisionDesc(long reportId);

    /** The revisions the public sees now (the latest of each report) of these reports. */
    @Query("""
            select v from PublishedRevision v
            where v.reportId in :reportIds
              and v.revision = (select max(w.revision) from PublishedRevision w where w.reportId = v.reportId)""")
    List<PublishedRevision> findLatestOf(Collection<Long> reportIds);
}
