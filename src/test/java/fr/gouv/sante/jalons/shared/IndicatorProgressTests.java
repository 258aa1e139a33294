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
    void withoutBaselineProgressIsTheValueOverTheTargetRoundedDown() {
        IndicatorProgress progress = IndicatorProgress.of(
                        List.of(at("2024-10-31", 1134)), List.of(at("2024-12-31", 1200)), null, false)
                .orElseThrow();
        assertThat(progress.percent()).isEqualTo(94);
        assertThat(progress.pace()).isNull();
    }

    @Test
    void aHigherFigureNeverMakesThePercentageDrop() {
        // 1-1: 360 M documents a year, then a late report says 380 M; the target is 400 M
        List<Point> targets = List.of(at("2023-12-31", 250_000_000), at("2026-12-31", 400_000_000));
        int before = IndicatorProgress.of(List.of(at("2024-10-31", 360_000_000)), targets, null, false)
                .orElseThrow()
                .percent();
        int after = IndicatorProgress.of(
                        List.of(at("2024-10-31", 360_000_000), at("2025-03-31", 380_000_000)), targets, null, false)
                .orElseThrow()
                .percent();
        assertThat(before).isEqualTo(90);
        assertThat(after).isEqualTo(95).isGreaterThan(before);
    }

    @Test
    void theIndicatorsBaselineIsWhereProgressAndTheTrajectoryStart() {
        // from 36 (end 2024) to 50 (end 2026): half-way in time, 43 expected
        List<Point> targets = List.of(at("2026-12-31", 50));
        Point baseline = at("2024-12-31", 36);
        IndicatorProgress ahead = IndicatorProgress.of(List.of(at("2025-12-31", 52)), targets, baseline, false)
                .orElseThrow();
        assertThat(ahead.percent()).isEqualTo(114);
        assertThat(ahead.pace()).isEqualTo(Pace.AHEAD);
        IndicatorProgress behind = IndicatorProgress.of(
                        List.of(at("2024-06-30", 30), at("2025-12-31", 38)), targets, baseline, false)
                .orElseThrow();
        assertThat(behind.percent()).isEqualTo(14);
        assertThat(behind.pace()).isEqualTo(Pace.BEHIND);
        IndicatorProgress onPath = IndicatorProgress.of(List.of(at("2025-12-31", 43)), targets, baseline, false)
                .orElseThrow();
        assertThat(onPath.pace()).isEqualTo(Pace.ON_PATH);
    }

    @Test
    void severalMeasurementsWithoutBaselineHaveNoTrajectory() {
        IndicatorProgress progress = IndicatorProgress.of(
                        List.of(at("2024-12-31", 36), at("2025-12-31", 38)), List.of(at("2026-12-31", 50)), null, false)
                .orElseThrow();
        assertThat(progress.percent()).isEqualTo(76);
        assertThat(progress.pace()).isNull();
    }

    @Test
    void aDecreasingIndicatorNeedsABaselineAndIsAheadWhenItFallsFasterThanItsTrajectory() {
        List<Point> targets = List.of(at("2026-01-01", 20));
        IndicatorProgress progress = IndicatorProgress.of(
                        List.of(at("2025-01-01", 40)), targets, at("2024-01-01", 100), true)
                .orElseThrow();
        assertThat(progress.percent()).isEqualTo(75);
        assertThat(progress.pace()).isEqualTo(Pace.AHEAD);
        assertThat(IndicatorProgress.of(List.of(at("2025-01-01", 40)), targets, null, true)
                        .orElseThrow()
                        .percent())
                .isNull();
    }

    @Test
    void noMeasurementNoProgressAndNoTargetNoPercentage() {
        assertThat(IndicatorProgress.of(List.of(), List.of(at("2026-12-31", 50)), null, false))
                .isEmpty();
        assertThat(IndicatorProgress.of(List.of(at("2024-12-31", 36)), List.of(), null, false)
                        .orElseThrow()
                        .percent())
                .isNull();
    }
}
