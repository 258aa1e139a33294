package fr.gouv.sante.jalons.progress.domain;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PublishedRevisionRepository extends JpaRepository<PublishedRevision, Long> {

    @Query("select coalesce(max(v.revision), 0) from PublishedRevision v where v.report = :report")
    int lastRevision(ProgressReport report);
}
