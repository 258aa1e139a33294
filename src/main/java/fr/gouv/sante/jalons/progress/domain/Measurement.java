package fr.gouv.sante.jalons.progress.domain;

import jakarta.persistence.Column;
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

/** A value of an indicator at a date, reported for a period (public once that period is published). */
@Entity
@Table(name = "measurement")
public class Measurement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** The indicator lives in the roadmap module: referenced by id. */
    @Column(name = "indicator_id", nullable = false)
    private Long indicatorId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    private LocalDate measuredOn;

    @Column(precision = 18, scale = 2)
    private BigDecimal value;

    private String source;

    protected Measurement() {
    }

    public Long getIndicatorId() {
        return indicatorId;
    }

    public LocalDate getMeasuredOn() {
        return measuredOn;
    }

    public BigDecimal getValue() {
        return value;
    }

    public String getSource() {
        return source;
    }
}
