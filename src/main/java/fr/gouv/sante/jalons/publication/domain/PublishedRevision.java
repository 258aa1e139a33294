package fr.gouv.sante.jalons.publication.domain;

import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.StatusBasis;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

// some mapped columns are written from Java and read only by SQL (queries, projections, the history):
// Hibernate uses them, so they are not unused
/**
 * A published version of a progress report, as the public saw it. Never changed: a correction is a
 * new revision with its reason.
 */
@SuppressWarnings("UnusedVariable")
@Entity
@Immutable
@Table(name = "published_revision")
class PublishedRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The progress report lives in the campaign module: referenced by id. */
    @Column(name = "report_id")
    private Long reportId;

    private int revision;

    @Enumerated(EnumType.STRING)
    private ProgressStatus status;

    private String narrative;

    /** Whether the status was documented or reconstructed from a document's text. */
    @Enumerated(EnumType.STRING)
    private StatusBasis statusBasis = StatusBasis.DOCUMENTED;

    private Instant publishedAt;

    /** Revisions published in the product have their day; one taken over from a document may have a month only. */
    @Enumerated(EnumType.STRING)
    private DatePrecision publishedPrecision = DatePrecision.DAY;

    private @Nullable String reason;

    @Column(name = "published_by")
    private Long publishedBy;

    /**
     * The publication that made this revision public; null for a correction. First revisions are
     * written in one batch by {@link JpaPublicRecord#publish}, not through this class.
     */
    @Column(name = "publication_id")
    private @Nullable Long publicationId;

    protected PublishedRevision() {}

    PublishedRevision(
            long reportId,
            int revision,
            ProgressStatus status,
            String narrative,
            @Nullable String reason,
            long publishedBy,
            Instant now,
            StatusBasis basis) {
        this.reportId = reportId;
        this.statusBasis = basis;
        this.revision = revision;
        this.status = status;
        this.narrative = narrative;
        this.publishedAt = now;
        this.reason = reason;
        this.publishedBy = publishedBy;
    }

    long getReportId() {
        return reportId;
    }

    public int getRevision() {
        return revision;
    }

    public ProgressStatus getStatus() {
        return status;
    }

    public String getNarrative() {
        return narrative;
    }

    public StatusBasis getStatusBasis() {
        return statusBasis;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public @Nullable String getReason() {
        return reason;
    }
}
