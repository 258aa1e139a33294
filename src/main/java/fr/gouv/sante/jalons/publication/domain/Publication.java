package fr.gouv.sante.jalons.publication.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One publication of a period: the first (number 1) or a supplementary one adding late reports.
 * Never changed and never withdrawn; a published report is corrected by a new revision instead.
 */
@Entity
@Table(name = "publication")
class Publication {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The reporting period lives in the campaign module: referenced by id. */
    @Column(name = "period_id")
    private Long periodId;

    private int number;

    private Instant publishedAt;

    /** The user lives in the account module: referenced by id. */
    @Column(name = "published_by")
    private Long publishedBy;

    private int reportCount;

    /** The DNS's written synthesis (Markdown), printed in the bilan's edition; null when none was entered. */
    // written here, read by the bilan's query (PublishedRecordRepository): Hibernate uses it
    @SuppressWarnings("UnusedVariable")
    private @Nullable String synthesis;

    protected Publication() {}

    Publication(
            long periodId,
            int number,
            Instant publishedAt,
            long publishedBy,
            int reportCount,
            @Nullable String synthesis) {
        this.periodId = periodId;
        this.number = number;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        this.reportCount = reportCount;
        this.synthesis = synthesis;
    }

    public Long getId() {
        return id;
    }

    public Long getPeriodId() {
        return periodId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public Long getPublishedBy() {
        return publishedBy;
    }

    public int getReportCount() {
        return reportCount;
    }
}
