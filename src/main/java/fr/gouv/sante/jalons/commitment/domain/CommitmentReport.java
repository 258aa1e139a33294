package fr.gouv.sante.jalons.commitment.domain;

import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A State commitment's report for a period: the objectives' workflow (draft, submitted, sent back,
 * validated, published) and their status scale. The commitment and the period are other modules' rows,
 * referred to by id.
 */
@Entity
@Table(name = "commitment_report")
class CommitmentReport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long commitmentId;

    private long periodId;

    @Enumerated(EnumType.STRING)
    private ReportState state;

    @Enumerated(EnumType.STRING)
    private @Nullable ProgressStatus status;

    private String narrative;

    private @Nullable String reviewComment;

    @Version
    private long version;

    private Instant createdAt;

    private Instant updatedAt;

    private @Nullable Long updatedBy;

    private @Nullable Instant submittedAt;

    private @Nullable Instant publishedAt;

    protected CommitmentReport() {}

    CommitmentReport(long commitmentId, long periodId, Instant now) {
        this.commitmentId = commitmentId;
        this.periodId = periodId;
        this.state = ReportState.DRAFT;
        this.narrative = "";
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** The editor's text, saved as a draft or submitted; only while the editor may still change it. */
    void write(@Nullable ProgressStatus status, String narrative, boolean submit, long userId, Instant now) {
        if (!state.editable()) {
            throw new IllegalStateException("report " + id + " is " + state);
        }
        this.status = status;
        this.narrative = narrative;
        this.updatedBy = userId;
        this.updatedAt = now;
        if (submit) {
            state = ReportState.SUBMITTED;
            submittedAt = now;
        }
    }

    void validate(long adminId, Instant now) {
        review(ReportState.VALIDATED, null, adminId, now);
    }

    void sendBack(String comment, long adminId, Instant now) {
        review(ReportState.RETURNED, comment, adminId, now);
    }

    private void review(ReportState to, @Nullable String comment, long adminId, Instant now) {
        if (state != ReportState.SUBMITTED) {
            throw new IllegalStateException("report " + id + " is " + state);
        }
        state = to;
        reviewComment = comment;
        updatedBy = adminId;
        updatedAt = now;
    }

    void publish(Instant now) {
        if (state != ReportState.VALIDATED) {
            throw new IllegalStateException("report " + id + " is " + state);
        }
        state = ReportState.PUBLISHED;
        publishedAt = now;
    }

    /** What the audit trail keeps of it. */
    Map<String, Object> snapshot(String period) {
        Map<String, Object> snapshot = new LinkedHashMap<>();
        snapshot.put("period", period);
        snapshot.put("state", state.name());
        if (status != null) {
            snapshot.put("status", status.name());
        }
        snapshot.put("narrative", narrative);
        if (reviewComment != null) {
            snapshot.put("reviewComment", reviewComment);
        }
        return snapshot;
    }

    Long getId() {
        return id;
    }

    long getCommitmentId() {
        return commitmentId;
    }

    long getPeriodId() {
        return periodId;
    }

    ReportState getState() {
        return state;
    }

    @Nullable
    ProgressStatus getStatus() {
        return status;
    }

    String getNarrative() {
        return narrative;
    }

    @Nullable
    String getReviewComment() {
        return reviewComment;
    }

    long getVersion() {
        return version;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    @Nullable
    Long getUpdatedBy() {
        return updatedBy;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    @Nullable
    Instant getSubmittedAt() {
        return submittedAt;
    }

    @Nullable
    Instant getPublishedAt() {
        return publishedAt;
    }
}
