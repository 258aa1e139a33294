package fr.gouv.sante.jalons.roadmap.domain;

import fr.gouv.sante.jalons.shared.Deadline;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

// some mapped columns are written from Java and read only by SQL (queries, projections, the history):
// Hibernate uses them, so they are not unused
/** A dated milestone of an objective's target; numeric when it sets a value for an indicator. */
@SuppressWarnings("UnusedVariable")
@Entity
@Table(name = "objective_target")
class ObjectiveTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objective_id")
    private Objective objective;

    private int position;

    private LocalDate dueDate;

    /** How much of the due date the source gives; the date is the last day of that period. */
    @Enumerated(EnumType.STRING)
    private Deadline.Precision duePrecision;

    private String description;

    @Column(name = "indicator_id")
    private @Nullable Long indicatorId;

    @Column(precision = 18, scale = 2)
    private @Nullable BigDecimal value;

    protected ObjectiveTarget() {}

    ObjectiveTarget(
            Objective objective,
            int position,
            Deadline due,
            String description,
            @Nullable Long indicatorId,
            @Nullable BigDecimal value) {
        this.objective = objective;
        this.position = position;
        this.dueDate = due.date();
        this.duePrecision = due.precision();
        this.description = description;
        this.indicatorId = indicatorId;
        this.value = value;
    }

    public int getPosition() {
        return position;
    }

    /** The due date with its precision. */
    public Deadline getDue() {
        return new Deadline(dueDate, duePrecision);
    }

    public String getDescription() {
        return description;
    }

    public @Nullable Long getIndicatorId() {
        return indicatorId;
    }

    public @Nullable BigDecimal getValue() {
        return value;
    }
}
