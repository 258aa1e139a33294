package fr.gouv.sante.jalons.publication.domain;

import fr.gouv.sante.jalons.publication.LateReport;
import fr.gouv.sante.jalons.publication.PeriodSummary;
import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.FigureQualifier;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.StatusBasis;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/** The rows of {@link PublishedRecordRepository}'s SQL, typed: columns in the order each query selects them. */
final class PublishedRows {

    private PublishedRows() {}

    record StatusRow(
            long objectiveId,
            ProgressStatus status,
            StatusBasis basis,
            String period,
            LocalDate periodEnd,
            int revision) {

        static StatusRow of(Object[] row) {
            return new StatusRow(
                    number(row[0]).longValue(),
                    ProgressStatus.valueOf((String) row[1]),
                    StatusBasis.valueOf((String) row[2]),
                    (String) row[3],
                    PublishedRows.date(row[4]),
                    number(row[5]).intValue());
        }
    }

    record RevisionRow(
            String period,
            int revision,
            ProgressStatus status,
            StatusBasis basis,
            String narrative,
            Instant publishedAt,
            DatePrecision publishedPrecision,
            String reason) {

        static RevisionRow of(Object[] row) {
            return new RevisionRow(
                    (String) row[0],
                    number(row[1]).intValue(),
                    ProgressStatus.valueOf((String) row[2]),
                    StatusBasis.valueOf((String) row[3]),
                    (String) row[4],
                    instant(row[5]),
                    DatePrecision.valueOf((String) row[6]),
                    (String) row[7]);
        }
    }

    record MeasurementRow(
            long indicatorId,
            LocalDate date,
            BigDecimal value,
            String source,
            FigureQualifier qualifier,
            DatePrecision datePrecision,
            String period,
            Instant periodPublishedAt) {

        static MeasurementRow of(Object[] row) {
            return new MeasurementRow(
                    number(row[0]).longValue(),
                    PublishedRows.date(row[1]),
                    (BigDecimal) row[2],
                    (String) row[3],
                    FigureQualifier.valueOf((String) row[4]),
                    DatePrecision.valueOf((String) row[5]),
                    (String) row[6],
                    instant(row[7]));
        }
    }

    static PeriodSummary period(Object[] row) {
        return new PeriodSummary(
                (String) row[0],
                PublishedRows.date(row[1]),
                PublishedRows.date(row[2]),
                instant(row[3]),
                row[4] == null ? null : DatePrecision.valueOf((String) row[4]));
    }

    static LateReport lateReport(Object[] row) {
        return new LateReport(
                number(row[0]).longValue(), instant(row[1]), number(row[2]).intValue());
    }

    static Number number(Object value) {
        return (Number) value;
    }

    /** A date column, as the JDBC driver and Hibernate hand it over in a native query; null stays null. */
    @Contract("null -> null; !null -> !null")
    static @Nullable LocalDate date(@Nullable Object value) {
        if (value == null || value instanceof LocalDate) {
            return (LocalDate) value;
        }
        if (value instanceof java.sql.Date date) {
            return date.toLocalDate();
        }
        throw new IllegalStateException("Unexpected date: " + value.getClass());
    }

    /** A timestamptz, as the JDBC driver and Hibernate hand it over in a native query; null stays null. */
    @Contract("null -> null; !null -> !null")
    static @Nullable Instant instant(@Nullable Object value) {
        if (value == null || value instanceof Instant) {
            return (Instant) value;
        }
        if (value instanceof OffsetDateTime dateTime) {
            return dateTime.toInstant();
        }
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp: " + value.getClass());
    }
}
