package fr.gouv.sante.jalons.publication.domain;

import fr.gouv.sante.jalons.publication.PublicRecord;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Appends publications and revisions inside the caller's transaction, so a refused publication leaves nothing. */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class JpaPublicRecord implements PublicRecord {

    private final PublicationRepository publications;
    private final PublishedRevisionRepository revisions;

    JpaPublicRecord(PublicationRepository publications, PublishedRevisionRepository revisions) {
        this.publications = publications;
        this.revisions = revisions;
    }

    @Override
    public long publish(NewPublication request) {
        Publication publication = publications.saveAndFlush(new Publication(
                request.periodId(),
                request.number(),
                request.at(),
                request.by(),
                request.reports().size(),
                request.synthesis()));
        for (PublishedContent report : request.reports()) {
            revisions.save(
                    PublishedRevision.published(report.reportId(), report.status(), report.narrative(), publication));
        }
        return publication.getId();
    }

    @Override
    public int revise(Revision request) {
        int number = revisions.lastRevision(request.reportId()) + 1;
        revisions.save(new PublishedRevision(
                request.reportId(),
                number,
                request.status(),
                request.narrative(),
                request.reason(),
                request.by(),
                request.at(),
                request.basis()));
        return number;
    }

    @Override
    public Optional<PublicRevision> latest(long reportId) {
        return revisions.findFirstByReportIdOrderByRevisionDesc(reportId).map(JpaPublicRecord::view);
    }

    @Override
    public List<PublicRevision> latestOf(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return revisions.findLatestOf(reportIds).stream()
                .map(JpaPublicRecord::view)
                .toList();
    }

    private static PublicRevision view(PublishedRevision revision) {
        return new PublicRevision(
                revision.getReportId(),
                revision.getRevision(),
                revision.getStatus(),
                revision.getNarrative(),
                revision.getStatusBasis());
    }
}
