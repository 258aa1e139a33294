package fr.gouv.sante.jalons.publication.domain;

import fr.gouv.sante.jalons.cluster.PublicContentChanged;
import fr.gouv.sante.jalons.publication.PublicRecord;
import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.StatusBasis;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends publications and revisions inside the caller's transaction, so a refused publication leaves
 * nothing. Every append changes what the public sees: whatever the campaign is doing (a publication,
 * a correction, a decision on a status), it is announced here as {@link PublicContentChanged},
 * and the public caches are cleared when the caller's transaction commits.
 */
@Service
@Transactional(propagation = Propagation.MANDATORY)
class JpaPublicRecord implements PublicRecord {

    private final PublicationRepository publications;
    private final PublishedRevisionRepository revisions;
    private final ApplicationEventPublisher events;
    private final NamedParameterJdbcTemplate jdbc;
    private final JsonMapper json;

    JpaPublicRecord(
            PublicationRepository publications,
            PublishedRevisionRepository revisions,
            ApplicationEventPublisher events,
            NamedParameterJdbcTemplate jdbc,
            JsonMapper json) {
        this.publications = publications;
        this.revisions = revisions;
        this.events = events;
        this.jdbc = jdbc;
        this.json = json;
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
        // one statement rather than one insert each (identity ids keep Hibernate from batching), the
        // reports sent as one JSON document: a period of the whole ministry holds about 6,500 of them.
        // The values are those of PublishedRevision.published: the first revision, documented, dated
        // to the day.
        jdbc.update(
                """
                insert into published_revision (report_id, revision, status, narrative, published_at, reason,
                                                published_by, publication_id, status_basis, published_precision)
                select content."reportId", 1, content.status, content.narrative, cast(:at as timestamptz), null,
                       cast(:by as bigint), cast(:publication as bigint), :basis, :precision
                from jsonb_to_recordset(cast(:reports as jsonb))
                     as content ("reportId" bigint, status text, narrative text)""",
                new MapSqlParameterSource()
                        .addValue("at", OffsetDateTime.ofInstant(publication.getPublishedAt(), ZoneOffset.UTC))
                        .addValue("by", publication.getPublishedBy(), Types.BIGINT)
                        .addValue("publication", publication.getId())
                        .addValue("basis", StatusBasis.DOCUMENTED.name())
                        .addValue("precision", DatePrecision.DAY.name())
                        .addValue("reports", json.writeValueAsString(request.reports())));
        events.publishEvent(new PublicContentChanged("publication " + request.number() + " of the period of id "
                + request.periodId() + " (" + request.reports().size() + " reports)"));
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
        events.publishEvent(
                new PublicContentChanged("revision " + number + " of published report " + request.reportId()));
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
