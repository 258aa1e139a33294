package fr.gouv.sante.jalons.shared;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.shared.IndicatorProgress.Pace;
import fr.gouv.sante.jalons.shared.IndicatorProgress.Point;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class IndicatorProgressTests {

    private static Point at(String date, long value) {
        return new Point(LocalDate.parse(date), BigDecimal.valueOf(value));
    }

    @Test
    void aSingleMeasurementIsMeasuredFromZeroAndRoundedDown() {
        IndicatorProgress progress = IndicatorProgress.of(
                        List.of(at("2024-10-31", 1134)), List.of(at("2024-12-31", 1200)), false)
                .orElseThrow();
        assertThat(progress.percent()).isEqualTo(94);
        assertThat(progress.pace()).isNull();
    }

    @Test
    void severalMeasurementsAreMeasuredFromTheBaselineAgainstTheStraightTrajectory() {
        // from 36 (end 2024) to 50 (end 2026): half-way in time, 43 expected
        List<Point> targets = List.of(at("2026-12-31", 50));
        IndicatorProgress ahead = IndicatorProgress.of(
                        List.of(at("2024-12-31", 36), at("2025-12-31", 52)), targets, false)
                .orElseThrow();
        assertThat(ahead.percent()).isEqualTo(114);
        assertThat(ahead.pace()).isEqualTo(Pace.AHEAD);
        IndicatorProgress behind = IndicatorProgress.of(
                        List.of(at("2024-12-31", 36), at("2025-12-31", 38)), targets, false)
                .orElseThrow();
        assertThat(behind.percent()).isEqualTo(14);
        assertThat(behind.pace()).isEqualTo(Pace.BEHIND);
        IndicatorProgress onPath = IndicatorProgress.of(
                        List.of(at("2024-12-31", 36), at("2025-12-31", 43)), targets, false)
                .orElseThrow();
        assertThat(onPath.pace()).isEqualTo(Pace.ON_PATH);
    }

    @Test
    void aDecreasingIndicatorIsAheadWhenItFallsFasterThanItsTrajectory() {
        IndicatorProgress progress = IndicatorProgress.of(
                        List.of(at("2024-01-01", 100), at("2025-01-01", 40)), List.of(at("2026-01-01", 20)), true)
                .orElseThrow();
        assertThat(progress.percent()).isEqualTo(75);
        assertThat(progress.pace()).isEqualTo(Pace.AHEAD);
    }

    @Test
    void noMeasurementNoProgressAndNoTargetNoPercentage() {
        assertThat(IndicatorProgress.of(List.of(), List.of(at("2026-12-31", 50)), false))
                .isEmpty();
        assertThat(IndicatorProgress.of(List.of(at("2024-12-31", 36)), List.of(), false)
                        .orElseThrow()
                        .percent())
                .isNull();
    }
}
