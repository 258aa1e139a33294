package fr.gouv.sante.jalons.bilan.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

// some mapped columns are written from Java and read only by SQL (queries, projections, the history):
// Hibernate uses them, so they are not unused
/** A correction of a published report, listed with its period's editions (which stay unchanged). */
@SuppressWarnings("UnusedVariable")
@Entity
@Table(name = "bilan_erratum")
class BilanErratum {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "period_code", nullable = false)
    private String periodCode;

    @Column(name = "objective_code", nullable = false)
    private String objectiveCode;

    private int revision;

    @Column(nullable = false)
    private String reason;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    protected BilanErratum() {}

    BilanErratum(String periodCode, String objectiveCode, int revision, String reason, Instant publishedAt) {
        this.periodCode = periodCode;
        this.objectiveCode = objectiveCode;
        this.revision = revision;
        this.reason = reason;
        this.publishedAt = publishedAt;
    }
}
