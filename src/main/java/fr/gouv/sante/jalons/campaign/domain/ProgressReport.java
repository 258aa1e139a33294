package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.campaign.ReportState;
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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

// some mapped columns are written from Java and read only by SQL (queries, projections, the history):
// Hibernate uses them, so they are not unused
/**
 * One objective's update for one reporting period: a status and a narrative, written by the lead
 * organisations, reviewed by the DNS. What the public sees is not this working copy but its
 * published revisions (publication module).
 */
@SuppressWarnings("UnusedVariable")
@Entity
@Table(name = "progress_report")
class ProgressReport {

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
    private @Nullable ProgressStatus status;

    private @Nullable String narrative;

    @Enumerated(EnumType.STRING)
    private ReportState state;

    private @Nullable String reviewComment;

    /** The user lives in the account module: referenced by id. */
    @Column(name = "updated_by")
    private Long updatedBy;

    private @Nullable Instant publishedAt;

    private Instant createdAt;

    private Instant updatedAt;

    /** When and by whom the report was last submitted: a report submitted after the due date is late. */
    private @Nullable Instant submittedAt;

    private @Nullable Long submittedBy;

    @Version
    private long version;

    protected ProgressReport() {}

    ProgressReport(
            long objectiveId,
            ReportingPeriod period,
            @Nullable ProgressStatus status,
            @Nullable String narrative,
            long userId,
            Instant now) {
        this.objectiveId = objectiveId;
        this.period = period;
        this.status = status;
        this.narrative = narrative;
        this.state = ReportState.DRAFT;
        this.updatedBy = userId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Editors change a draft or a report sent back to them; a submitted one must be sent back first. */
    void edit(@Nullable ProgressStatus status, @Nullable String narrative, long userId, Instant now) {
        requireState(state.editable(), "edit");
        this.status = status;
        this.narrative = narrative;
        this.state = ReportState.DRAFT;
        this.updatedBy = userId;
        this.updatedAt = now;
    }

    void submit(long userId, Instant now) {
        requireState(state == ReportState.DRAFT || state == ReportState.RETURNED, "submit");
        // a draft may be incomplete; what goes to review never is
        requireState(status != null && narrative != null && !narrative.isBlank(), "submit");
        this.state = ReportState.SUBMITTED;
        this.updatedBy = userId;
        this.updatedAt = now;
        this.submittedAt = now;
        this.submittedBy = userId;
    }

    /** The editor takes a submitted report back before it is reviewed. */
    void withdraw(long userId, Instant now) {
        requireState(state == ReportState.SUBMITTED, "withdraw");
        this.state = ReportState.DRAFT;
        this.updatedBy = userId;
        this.updatedAt = now;
    }

    void validate(long userId, Instant now) {
        requireState(state == ReportState.SUBMITTED, "validate");
        this.state = ReportState.VALIDATED;
        this.reviewComment = null;
        this.updatedBy = userId;
        this.updatedAt = now;
    }

    void sendBack(String comment, long userId, Instant now) {
        requireState(state == ReportState.SUBMITTED || state == ReportState.VALIDATED, "send back");
        this.state = ReportState.RETURNED;
        this.reviewComment = comment;
        this.updatedBy = userId;
        this.updatedAt = now;
    }

    /** A correction of a published report: the working copy follows the new revision. */
    void correct(ProgressStatus status, String narrative, long userId, Instant now) {
        requireState(state == ReportState.PUBLISHED, "correct");
        this.status = status;
        this.narrative = narrative;
        this.updatedBy = userId;
        this.updatedAt = now;
    }

    /** One report's step at its period's publication, which {@link PublicationWrites} takes all of them through in SQL. */
    void publish(Instant now) {
        requireState(state == ReportState.VALIDATED, "publish");
        this.state = ReportState.PUBLISHED;
        this.publishedAt = now;
        this.updatedAt = now;
    }

    /** The status of a report that went to review: {@link #submit} refuses one without. */
    ProgressStatus reviewedStatus() {
        return Objects.requireNonNull(status, "a report is submitted with its status");
    }

    /** The narrative of a report that went to review: {@link #submit} refuses one without. */
    String reviewedNarrative() {
        return Objects.requireNonNull(narrative, "a report is submitted with its narrative");
    }

    private void requireState(boolean allowed, String action) {
        if (!allowed) {
            throw new IllegalReportTransition(state, action);
        }
    }

    Map<String, Object> snapshot() {
        return snapshot(period.getCode(), state, status, narrative, reviewComment);
    }

    /** A report as the history keeps it, for a report read as a row as much as for this entity. */
    static Map<String, Object> snapshot(
            String periodCode,
            ReportState state,
            @Nullable ProgressStatus status,
            @Nullable String narrative,
            @Nullable String reviewComment) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("period", periodCode);
        snapshot.put("state", state.name());
        snapshot.put("status", status == null ? null : status.name());
        snapshot.put("narrative", narrative);
        snapshot.put("reviewComment", reviewComment);
        return snapshot;
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

    public @Nullable ProgressStatus getStatus() {
        return status;
    }

    public @Nullable String getNarrative() {
        return narrative;
    }

    public ReportState getState() {
        return state;
    }

    public @Nullable String getReviewComment() {
        return reviewComment;
    }

    public @Nullable Instant getPublishedAt() {
        return publishedAt;
    }

    public @Nullable Instant getSubmittedAt() {
        return submittedAt;
    }

    public @Nullable Long getSubmittedBy() {
        return submittedBy;
    }

    public Long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
