package fr.gouv.sante.jalons.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.gouv.sante.jalons.shared.ChartGeometry.Frame;
import fr.gouv.sante.jalons.shared.ChartGeometry.Position;
import fr.gouv.sante.jalons.shared.ChartGeometry.Span;
import fr.gouv.sante.jalons.shared.ChartGeometry.ValueTick;
import fr.gouv.sante.jalons.shared.ChartGeometry.YearLabel;
import fr.gouv.sante.jalons.shared.IndicatorProgress.Point;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartGeometryTests {

    /** 2023 and 2024 are 731 days: a frame 731 units wide puts one unit per day. */
    private static final Frame FRAME = new Frame(100, 831, 0, 200);

    private static Point point(String date, int value) {
        return new Point(LocalDate.parse(date), BigDecimal.valueOf(value));
    }

    @Test
    void timeRunsInWholeYearBandsLabelledInTheirMiddle() {
        ChartGeometry geometry =
                ChartGeometry.lay(FRAME, List.of(point("2023-03-01", 40), point("2024-12-31", 90)), List.of(), null);

        assertThat(geometry.yearTicks()).containsExactly(100.0, 465.0, 831.0);
        assertThat(geometry.yearLabels()).containsExactly(new YearLabel(282.5, 2023), new YearLabel(648.0, 2024));
        // 31 December 2024 sits at the end of the 2024 band, not on a 2025 tick
        assertThat(geometry.measurements().get(1).x()).isEqualTo(830.0);
    }

    @Test
    void valuesRunFromZeroToARoundCeilingInFourSteps() {
        ChartGeometry geometry = ChartGeometry.lay(
                FRAME,
                List.of(point("2024-01-01", 40), point("2024-06-01", 90)),
                List.of(point("2024-12-31", 95)),
                null);

        // 95 × 1.05 is 99.75: the axis tops at 100
        assertThat(geometry.valueTicks())
                .containsExactly(
                        new ValueTick(200, 0),
                        new ValueTick(150, 25),
                        new ValueTick(100, 50),
                        new ValueTick(50, 75),
                        new ValueTick(0, 100));
        assertThat(geometry.measurements().get(0).y()).isEqualTo(120.0);
        assertThat(geometry.targets()).extracting(Position::y).containsExactly(10.0);
        assertThat(geometry.trajectory()).isNull();
    }

    @Test
    void theTrajectoryRunsFromItsStartToTheFinalTargetAndStretchesTheAxes() {
        Point baseline = point("2022-06-01", 300);
        ChartGeometry geometry = ChartGeometry.lay(
                FRAME,
                List.of(point("2023-06-01", 40), point("2024-01-01", 60)),
                List.of(point("2023-12-31", 80), point("2024-12-31", 100)),
                baseline);

        assertThat(geometry.yearLabels()).extracting(YearLabel::year).containsExactly(2022, 2023, 2024);
        // the baseline's 300 × 1.05 tops the axis at 500
        assertThat(geometry.valueTicks().get(4).value()).isEqualTo(500.0);
        assertThat(geometry.trajectory().from()).isEqualTo(new Position(100 + 731.0 * 151 / 1096, 80));
        assertThat(geometry.trajectory().to()).isEqualTo(geometry.targets().get(1));
        assertThat(geometry.measurementLine()).matches("[0-9.]+,[0-9.]+ [0-9.]+,[0-9.]+");
    }

    @Test
    void noTrajectoryEndsBeforeItStarts() {
        ChartGeometry geometry = ChartGeometry.lay(
                FRAME, List.of(point("2024-06-01", 40)), List.of(point("2024-01-01", 80)), point("2024-06-01", 40));

        assertThat(geometry.trajectory()).isNull();
    }

    @Test
    void aStackedBarGivesEachCountItsShareInOrder() {
        assertThat(ChartGeometry.stackedBar(List.of(1, 0, 2), 600))
                .containsExactly(new Span(0, 200), new Span(200, 0), new Span(200, 400));
        assertThat(ChartGeometry.stackedBar(List.of(0, 0), 100)).containsExactly(new Span(0, 0), new Span(0, 0));
        List<Span> thirds = ChartGeometry.stackedBar(List.of(1, 1, 1), 100);
        assertThat(thirds.get(2).x() + thirds.get(2).width()).isCloseTo(100, within(1e-9));
    }
}
