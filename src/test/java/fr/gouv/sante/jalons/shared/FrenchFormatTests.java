package fr.gouv.sante.jalons.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FrenchFormatTests {

    @Test
    void theFirstDayOfAMonthIsWrittenAsAnOrdinal() {
        assertThat(FrenchFormat.date(LocalDate.of(2024, 12, 1))).isEqualTo("1er décembre 2024");
        assertThat(FrenchFormat.date(LocalDate.of(2025, 5, 1))).isEqualTo("1er mai 2025");
        assertThat(FrenchFormat.date(LocalDate.of(2024, 12, 2))).isEqualTo("2 décembre 2024");
        assertThat(FrenchFormat.date(LocalDate.of(2024, 12, 31))).isEqualTo("31 décembre 2024");
    }

    @Test
    void aDeadlineIsWrittenAsPreciselyAsItsSourceAndNoMore() {
        assertThat(FrenchFormat.deadline(Deadline.parse("2024").orElseThrow())).isEqualTo("fin 2024");
        assertThat(FrenchFormat.deadline(Deadline.parse("2025-Q1").orElseThrow()))
                .isEqualTo("1er trimestre 2025");
        assertThat(FrenchFormat.deadline(Deadline.parse("2024-Q2").orElseThrow()))
                .isEqualTo("2e trimestre 2024");
        assertThat(FrenchFormat.deadline(Deadline.parse("2025-S1").orElseThrow()))
                .isEqualTo("1er semestre 2025");
        assertThat(FrenchFormat.deadline(Deadline.parse("2025-S2").orElseThrow()))
                .isEqualTo("2e semestre 2025");
        assertThat(FrenchFormat.deadline(Deadline.parse("2023-05").orElseThrow()))
                .isEqualTo("mai 2023");
        assertThat(FrenchFormat.deadline(Deadline.parse("2025-06-30").orElseThrow()))
                .isEqualTo("30 juin 2025");
        assertThat(FrenchFormat.deadline(Deadline.parse("2025-06-01").orElseThrow()))
                .isEqualTo("1er juin 2025");
        assertThat(FrenchFormat.deadline(null)).isEmpty();
    }

    @Test
    void instantsAreWrittenInParisTimeWithTheSameRule() {
        // 30 November 23:30 UTC is already 1 December in Paris
        assertThat(FrenchFormat.date(Instant.parse("2024-11-30T23:30:00Z"))).isEqualTo("1er décembre 2024");
        assertThat(FrenchFormat.dateTime(Instant.parse("2024-11-30T23:30:00Z"))).isEqualTo("1er décembre 2024 à 00h30");
        assertThat(FrenchFormat.dateTime(Instant.parse("2025-01-15T09:05:00Z"))).isEqualTo("15 janvier 2025 à 10h05");
    }
}
