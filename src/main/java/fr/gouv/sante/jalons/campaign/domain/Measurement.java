package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.FigureQualifier;
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
/** A value of an indicator at a date, entered with a progress report and public once that report is published. */
@SuppressWarnings("UnusedVariable")
@Entity
@Table(name = "measurement")
class Measurement {

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

    /** How the source states the value: exactly, "plus de", "environ", an increase... */
    @Enumerated(EnumType.STRING)
    private FigureQualifier qualifier = FigureQualifier.EXACT;

    /** How precise the date is in the source: only that much of {@code measuredOn} is shown. */
    @Enumerated(EnumType.STRING)
    private DatePrecision datePrecision = DatePrecision.DAY;

    /** The report it was entered with; null for the reference data loaded from the documents. */
    @Column(name = "report_id")
    private Long reportId;

    private java.time.@Nullable Instant publishedAt;

    protected Measurement() {}

    Measurement(
            long indicatorId,
            ReportingPeriod period,
            long reportId,
            LocalDate measuredOn,
            BigDecimal value,
            String source,
            FigureQualifier qualifier,
            DatePrecision datePrecision) {
        this.qualifier = qualifier;
        this.datePrecision = datePrecision;
        this.indicatorId = indicatorId;
        this.period = period;
        this.reportId = reportId;
        this.measuredOn = measuredOn;
        this.value = value;
        this.source = source;
    }

    /** A draft's new value or date: the same measurement, so that the history shows a change, not a deletion. */
    void revise(BigDecimal value, LocalDate measuredOn, FigureQualifier qualifier, DatePrecision datePrecision) {
        this.value = value;
        this.measuredOn = measuredOn;
        this.qualifier = qualifier;
        this.datePrecision = datePrecision;
    }

    /** Whether saving {@code entered} would change anything. */
    boolean differsFrom(
            BigDecimal value, LocalDate measuredOn, FigureQualifier qualifier, DatePrecision datePrecision) {
        return this.value.compareTo(value) != 0
                || !this.measuredOn.equals(measuredOn)
                || this.qualifier != qualifier
                || this.datePrecision != datePrecision;
    }

    void publish(java.time.Instant now) {
        this.publishedAt = now;
    }

    java.util.Map<String, Object> snapshot() {
        java.util.Map<String, Object> snapshot = new java.util.LinkedHashMap<>();
        snapshot.put("indicatorId", indicatorId);
        snapshot.put("date", measuredOn.toString());
        snapshot.put("value", value.toPlainString());
        snapshot.put("qualifier", qualifier.name());
        snapshot.put("datePrecision", datePrecision.name());
        snapshot.put("source", source);
        return snapshot;
    }

    public Long getId() {
        return id;
    }

    public Long getReportId() {
        return reportId;
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

    public FigureQualifier getQualifier() {
        return qualifier;
    }

    public DatePrecision getDatePrecision() {
        return datePrecision;
    }

    public String getSource() {
        return source;
    }
}
