package fr.gouv.sante.jalons.dashboard.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An indicator drawn as an SVG chart (measurements, dated targets, straight-line trajectory from the
 * first measurement to the final target), with the same values as a table. Years are bands between
 * two {@code xTicks}, labelled in their middle ({@code xLabels}). A single measurement is not drawn
 * (a lone dot tells nothing): {@code figureCard} says it in words with its target and percentage.
 *
 * @param progress the progress towards the target and the pace against the trajectory, in words
 */
public record IndicatorChartView(
        String id,
        String name,
        String unit,
        String summary,
        boolean drawable,
        List<Point> measurements,
        String measurementLine,
        List<Point> targets,
        @Nullable Line trajectory,
        List<Tick> xTicks,
        List<Tick> xLabels,
        List<Tick> yTicks,
        List<Row> rows,
        String figureCard,
        String progress) {

    public static final int WIDTH = 640;
    public static final int HEIGHT = 280;

    /** An indicator shown without a chart (too few values to draw one): its table, and a figure card if any. */
    static IndicatorChartView withoutChart(
            String id, String name, String unit, String summary, List<Row> rows, String figureCard, String progress) {
        return new IndicatorChartView(
                id,
                name,
                unit,
                summary,
                false,
                List.of(),
                "",
                List.of(),
                null,
                List.of(),
                List.of(),
                List.of(),
                rows,
                figureCard,
                progress);
    }

    public IndicatorChartView {
        measurements = List.copyOf(measurements);
        targets = List.copyOf(targets);
        xTicks = List.copyOf(xTicks);
        xLabels = List.copyOf(xLabels);
        yTicks = List.copyOf(yTicks);
        rows = List.copyOf(rows);
    }

    public record Point(String x, String y, String label) {}

    public record Line(String x1, String y1, String x2, String y2) {}

    public record Tick(String position, String label) {}

    /** A row of the data table: date, value, whether it is a measurement or a target, source. */
    public record Row(String date, String value, String kindKey, String source) {}
}
