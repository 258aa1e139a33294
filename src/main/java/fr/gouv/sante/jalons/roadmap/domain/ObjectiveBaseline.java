package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.shared.Deadline;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

// some mapped columns are written from Java and read only by SQL (queries, projections, the history):
// Hibernate uses them, so they are not unused
/** A re-baselining: an objective's target or deadline changed, with the reason. Never changed afterwards. */
@SuppressWarnings("UnusedVariable")
@Entity
@Immutable
@Table(name = "objective_baseline")
class ObjectiveBaseline {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "objective_id")
    private Long objectiveId;

    private Instant changedAt;

    private Long changedBy;

    private String reason;

    private String previousTarget;

    private LocalDate previousDeadline;

    @Enumerated(EnumType.STRING)
    private Deadline.Precision previousDeadlinePrecision;

    private String newTarget;

    private LocalDate newDeadline;

    @Enumerated(EnumType.STRING)
    private Deadline.Precision newDeadlinePrecision;

    protected ObjectiveBaseline() {}

    ObjectiveBaseline(
            long objectiveId,
            Instant changedAt,
            long changedBy,
            String reason,
            String previousTarget,
            Deadline previousDeadline,
            String newTarget,
            Deadline newDeadline) {
        this.objectiveId = objectiveId;
        this.changedAt = changedAt;
        this.changedBy = changedBy;
        this.reason = reason;
        this.previousTarget = previousTarget;
        this.previousDeadline = previousDeadline.date();
        this.previousDeadlinePrecision = previousDeadline.precision();
        this.newTarget = newTarget;
        this.newDeadline = newDeadline.date();
        this.newDeadlinePrecision = newDeadline.precision();
    }
}
