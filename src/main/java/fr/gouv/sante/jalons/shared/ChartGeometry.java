package fr.gouv.sante.jalons.shared;

import fr.gouv.sante.jalons.shared.IndicatorProgress.Point;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Where an indicator's chart puts each thing, in the drawing's own units: time on x in calendar-year
 * bands, value on y from zero to a round ceiling, the measurements, the dated targets and the straight
 * trajectory to the final target. The public page and the semester report's PDF lay out their figures
 * with this one rule; each gives its own frame (the margins its labels need) and draws and styles the
 * result. Years are bands between two ticks, labelled in their middle, so that a date sits in the year
 * it belongs to (31 December 2023 at the end of the 2023 band, not on a "2024" tick).
 *
 * @param measurements the measurements' positions, in the order given
 * @param targets the targets' positions, in the order given
 * @param trajectory the straight line to the final target, or null when there is none to draw
 * @param yearTicks x of each 1st of January from the first band's start to the last band's end
 * @param yearLabels x of the middle of each year's band, with the year
 * @param valueTicks y of each horizontal grid line, with its value (from zero to the ceiling)
 */
public record ChartGeometry(
        Frame frame,
        List<Position> measurements,
        List<Position> targets,
        @Nullable Segment trajectory,
        List<Double> yearTicks,
        List<YearLabel> yearLabels,
        List<ValueTick> valueTicks) {

    private static final int VALUE_INTERVALS = 4;

    public ChartGeometry {
        measurements = List.copyOf(measurements);
        targets = List.copyOf(targets);
        yearTicks = List.copyOf(yearTicks);
        yearLabels = List.copyOf(yearLabels);
        valueTicks = List.copyOf(valueTicks);
    }

    /**
     * Lays out an indicator's figures in a frame.
     *
     * @param measurements in date order: they are joined in this order
     * @param targets in date order: the last one is the final target
     * @param trajectoryStart where the trajectory to the final target starts, or null for no trajectory;
     *     the axes stretch to keep it in view
     * @throws IllegalArgumentException without any measurement or target: there is nothing to lay out
     */
    public static ChartGeometry lay(
            Frame frame, List<Point> measurements, List<Point> targets, @Nullable Point trajectoryStart) {
        List<Point> starts = trajectoryStart == null ? List.of() : List.of(trajectoryStart);
        LocalDate start = Stream.of(measurements, targets, starts)
                .flatMap(List::stream)
                .map(Point::date)
                .min(Comparator.naturalOrder())
                .orElseThrow(() -> new IllegalArgumentException("nothing to lay out"))
                .withDayOfYear(1);
        LocalDate end = Stream.concat(measurements.stream(), targets.stream())
                .map(Point::date)
                .max(Comparator.naturalOrder())
                .orElse(start)
                .plusYears(1)
                .withDayOfYear(1);
        double max = Stream.of(measurements, targets, starts)
                .flatMap(List::stream)
                .mapToDouble(p -> p.value().doubleValue())
                .max()
                .orElse(1);
        Scale scale = new Scale(frame, start, Math.max(1, ChronoUnit.DAYS.between(start, end)), ceiling(max));
        return new ChartGeometry(
                frame,
                measurements.stream().map(scale::position).toList(),
                targets.stream().map(scale::position).toList(),
                trajectory(scale, targets, trajectoryStart),
                yearTicks(scale, start, end),
                yearLabels(scale, start, end),
                valueTicks(scale));
    }

    /**
     * A stacked bar's spans: each count's share of {@code length}, one after the other, in the order
     * given (a zero count gets a zero width where it stands; all widths are zero when every count is).
     */
    public static List<Span> stackedBar(List<Integer> counts, double length) {
        int total = counts.stream().mapToInt(Integer::intValue).sum();
        List<Span> spans = new ArrayList<>();
        double x = 0;
        for (int count : counts) {
            double width = total == 0 ? 0 : length * count / total;
            spans.add(new Span(x, width));
            x += width;
        }
        return spans;
    }

    /** "x,y x,y …": the measurements as the points of one line. */
    public String measurementLine() {
        return measurements.stream()
                .map(p -> coordinate(p.x()) + "," + coordinate(p.y()))
                .collect(Collectors.joining(" "));
    }

    /** A coordinate as both renderers write it: one decimal, a point as separator. */
    public static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    /** The top of the value axis: a round number a little above the highest value, 1 when nothing is positive. */
    private static double ceiling(double max) {
        return ChartAxis.niceCeiling(max <= 0 ? 1 : max * 1.05);
    }

    private static @Nullable Segment trajectory(Scale scale, List<Point> targets, @Nullable Point from) {
        if (from == null || targets.isEmpty()) {
            return null;
        }
        Point last = targets.get(targets.size() - 1);
        return last.date().isAfter(from.date()) ? new Segment(scale.position(from), scale.position(last)) : null;
    }

    private static List<Double> yearTicks(Scale scale, LocalDate start, LocalDate end) {
        List<Double> ticks = new ArrayList<>();
        for (LocalDate year = start; !year.isAfter(end); year = year.plusYears(1)) {
            ticks.add(scale.x(year));
        }
        return ticks;
    }

    private static List<YearLabel> yearLabels(Scale scale, LocalDate start, LocalDate end) {
        List<YearLabel> labels = new ArrayList<>();
        for (LocalDate year = start; year.isBefore(end); year = year.plusYears(1)) {
            double middle = (scale.x(year) + scale.x(year.plusYears(1))) / 2;
            labels.add(new YearLabel(middle, year.getYear()));
        }
        return labels;
    }

    private static List<ValueTick> valueTicks(Scale scale) {
        List<ValueTick> ticks = new ArrayList<>();
        for (int i = 0; i <= VALUE_INTERVALS; i++) {
            double value = scale.top() * i / VALUE_INTERVALS;
            ticks.add(new ValueTick(scale.y(value), value));
        }
        return ticks;
    }

    /** The plotting area inside the drawing; the room around it for the axes' labels is the renderer's. */
    public record Frame(double left, double right, double top, double bottom) {}

    public record Position(double x, double y) {}

    public record Segment(Position from, Position to) {}

    public record YearLabel(double x, int year) {}

    public record ValueTick(double y, double value) {}

    /** A stretch of a stacked bar, from {@code x}, {@code width} long. */
    public record Span(double x, double width) {}

    private record Scale(Frame frame, LocalDate origin, double days, double top) {

        Position position(Point point) {
            return new Position(x(point.date()), y(point.value().doubleValue()));
        }

        double x(LocalDate date) {
            return frame.left() + (frame.right() - frame.left()) * ChronoUnit.DAYS.between(origin, date) / days;
        }

        double y(double value) {
            return frame.bottom() - (frame.bottom() - frame.top()) * value / top;
        }
    }
}
