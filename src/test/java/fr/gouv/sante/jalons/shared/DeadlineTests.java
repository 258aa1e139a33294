package fr.gouv.sante.jalons.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.sante.jalons.shared.Deadline.Precision;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A deadline is read as precise as it is written, and stored as the last day of the period it names. */
class DeadlineTests {

    @Test
    void eachWayOfWritingADeadlineNamesItsPeriodAndNoFinerPart() {
        assertThat(Deadline.parse("2026")).contains(new Deadline(LocalDate.of(2026, 12, 31), Precision.YEAR));
        assertThat(Deadline.parse("2026-S1")).contains(new Deadline(LocalDate.of(2026, 6, 30), Precision.SEMESTER));
        assertThat(Deadline.parse("s2 2026")).contains(new Deadline(LocalDate.of(2026, 12, 31), Precision.SEMESTER));
        assertThat(Deadline.parse("2025-Q1")).contains(new Deadline(LocalDate.of(2025, 3, 31), Precision.QUARTER));
        assertThat(Deadline.parse("T2 2025")).contains(new Deadline(LocalDate.of(2025, 6, 30), Precision.QUARTER));
        assertThat(Deadline.parse("2025-t4")).contains(new Deadline(LocalDate.of(2025, 12, 31), Precision.QUARTER));
        assertThat(Deadline.parse("2026-02")).contains(new Deadline(LocalDate.of(2026, 2, 28), Precision.MONTH));
        assertThat(Deadline.parse("02/2028")).contains(new Deadline(LocalDate.of(2028, 2, 29), Precision.MONTH));
        assertThat(Deadline.parse(" 2026-06-15 ")).contains(new Deadline(LocalDate.of(2026, 6, 15), Precision.DAY));
        assertThat(Deadline.parse("15/06/2026")).contains(new Deadline(LocalDate.of(2026, 6, 15), Precision.DAY));
    }

    @Test
    void theIsoFormIsAsPreciseAsTheSource() {
        assertThat(Deadline.parse("2026").orElseThrow().iso()).isEqualTo("2026");
        assertThat(Deadline.parse("S1 2026").orElseThrow().iso()).isEqualTo("2026-S1");
        assertThat(Deadline.parse("T1 2025").orElseThrow().iso()).isEqualTo("2025-Q1");
        assertThat(Deadline.parse("2025-Q3").orElseThrow().iso()).isEqualTo("2025-Q3");
        assertThat(Deadline.parse("06/2026").orElseThrow().iso()).isEqualTo("2026-06");
        assertThat(Deadline.parse("30/06/2026").orElseThrow().iso()).isEqualTo("2026-06-30");
    }

    @Test
    void anythingElseIsNoDeadline() {
        assertThat(Deadline.parse("fin 2026")).isEmpty();
        assertThat(Deadline.parse("2026-02-30")).isEmpty();
        assertThat(Deadline.parse("2026-13")).isEmpty();
        assertThat(Deadline.parse("2026-S3")).isEmpty();
        assertThat(Deadline.parse("2026-Q5")).isEmpty();
        assertThat(Deadline.parse("T0 2026")).isEmpty();
        assertThat(Deadline.parse("1999")).isEmpty();
        assertThat(Deadline.parse("2101-01")).isEmpty();
        assertThat(Deadline.parse("")).isEmpty();
        assertThat(Deadline.parse(null)).isEmpty();
    }

    @Test
    void aMonthSemesterOrYearIsAlwaysTheLastDayOfItsPeriod() {
        assertThatThrownBy(() -> new Deadline(LocalDate.of(2026, 1, 1), Precision.YEAR))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadline(LocalDate.of(2026, 6, 1), Precision.MONTH))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadline(LocalDate.of(2026, 3, 31), Precision.SEMESTER))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Deadline(LocalDate.of(2026, 4, 30), Precision.QUARTER))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
