package fr.gouv.sante.jalons.progress.domain;

import fr.gouv.sante.jalons.shared.ProgressStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** One objective's update for one reporting period: a status and a narrative. */
@Entity
@Table(name = "progress_report")
public class ProgressReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The objective lives in the roadmap module: referenced by id. */
    @Column(name = "objective_id", nullable = false)
    private Long objectiveId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @Enumerated(EnumType.STRING)
    private ProgressStatus status;

    private String narrative;

    private Instant publishedAt;

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private long version;

    protected ProgressReport() {
    }

    public Long getId() {
        return id;
    }

    public Long getObjectiveId() {
        return objectiveId;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public ProgressStatus getStatus() {
        return status;
    }

    public String getNarrative() {
        return narrative;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
