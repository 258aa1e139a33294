package fr.gouv.sante.jalons.roadmap.domain;

import jakarta.persistence.Entity;
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
/** A quantity that measures an objective (e.g. "Applications référencées", in applications). */
@SuppressWarnings("UnusedVariable")
@Entity
@Table(name = "indicator")
class Indicator {

    /** Whether progress means the value going up or down. */
    public enum Direction {
        INCREASE,
        DECREASE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "objective_id")
    private Objective objective;

    private int position;

    private String name;

    private String unit;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    private Direction direction;

    /** An upper bound for its figures, when the unit implies none or the indicator overrides it. */
    @jakarta.persistence.Column(precision = 18, scale = 2)
    private @Nullable BigDecimal maxValue;

    /** Where progress starts (from a document or set by the DNS); null: progress is value / target. */
    @jakarta.persistence.Column(precision = 18, scale = 2)
    private @Nullable BigDecimal baselineValue;

    private @Nullable LocalDate baselineDate;

    protected Indicator() {}

    Indicator(Objective objective, int position, String name, String unit, Direction direction) {
        this.objective = objective;
        this.position = position;
        this.name = name;
        this.unit = unit;
        this.direction = direction;
    }

    void change(int position, String name, String unit, Direction direction) {
        this.position = position;
        this.name = name;
        this.unit = unit;
        this.direction = direction;
    }

    void bound(@Nullable BigDecimal maxValue, @Nullable BigDecimal baselineValue, @Nullable LocalDate baselineDate) {
        this.maxValue = maxValue;
        this.baselineValue = baselineValue;
        this.baselineDate = baselineDate;
    }

    public @Nullable BigDecimal getMaxValue() {
        return maxValue;
    }

    public @Nullable BigDecimal getBaselineValue() {
        return baselineValue;
    }

    public @Nullable LocalDate getBaselineDate() {
        return baselineDate;
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public Direction getDirection() {
        return direction;
    }
}
