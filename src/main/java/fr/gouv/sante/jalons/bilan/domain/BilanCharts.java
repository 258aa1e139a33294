package fr.gouv.sante.jalons.bilan.domain;

import fr.gouv.sante.jalons.bilan.Bilan.StatusCount;
import fr.gouv.sante.jalons.shared.ChartAxis;
import fr.gouv.sante.jalons.shared.IndicatorProgress.Point;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.web.util.HtmlUtils;

/**
 * The SVG charts of the semester report, written on the server so that the PDF and the web show the
 * same drawing. Years are bands between two ticks, labelled in their middle, so that a date sits in
 * the year it belongs to (31 December 2023 at the end of the 2023 band, not on a "2024" tick).
 */
final class BilanCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int LEFT = 84;
    private static final int RIGHT = WIDTH - 20;
    private static final int TOP = 14;
    private static final int BOTTOM = HEIGHT - 40;

    private BilanCharts() {}

    static String colour(ProgressStatus status) {
        return switch (status) {
            case ACHIEVED -> "#18753c";
            case ON_TRACK -> "#0063cb";
            case AT_RISK -> "#b34000";
            case LATE -> "#ce0500";
            case NOT_STARTED -> "#666666";
        };
    }

    /** A horizontal bar split by status, each segment as wide as its share. */
    static String statusBar(List<StatusCount> counts, String label) {
        int total = counts.stream().mapToInt(StatusCount::count).sum();
        StringBuilder svg = new StringBuilder();
        svg.append(
                        "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 600 24\" width=\"600\" height=\"24\" ")
                .append("aria-label=\"")
                .append(escape(label))
                .append("\" alt=\"")
                .append(escape(label))
                .append("\"><title>")
                .append(escape(label))
                .append("</title>");
        double x = 0;
        for (StatusCount count : counts) {
            if (count.count() == 0 || total == 0) {
                continue;
            }
            double width = 600.0 * count.count() / total;
            svg.append("<rect y=\"0\" height=\"24\" x=\"")
                    .append(number(x))
                    .append("\" width=\"")
                    .append(number(width))
                    .append("\" fill=\"")
                    .append(colour(count.status()))
                    .append("\"/>");
            x += width;
        }
        return svg.append("</svg>").toString();
    }

    /**
     * An indicator's chart: measurements joined by a line, dated targets as diamonds, the straight
     * trajectory from the first measurement to the final target as a dashed line.
     */
    static String indicator(String label, List<Point> measured, List<Point> targets, Function<Double, String> numbers) {
        List<LocalDate> dates = Stream.concat(measured.stream(), targets.stream())
                .map(Point::date)
                .toList();
        LocalDate start =
                dates.stream().min(Comparator.naturalOrder()).orElseThrow().withDayOfYear(1);
        LocalDate end = dates.stream()
                .max(Comparator.naturalOrder())
                .orElseThrow()
                .plusYears(1)
                .withDayOfYear(1);
        double days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        double max = Stream.concat(measured.stream(), targets.stream())
                .mapToDouble(p -> p.value().doubleValue())
                .max()
                .orElse(1);
        double top = ChartAxis.niceCeiling(max <= 0 ? 1 : max * 1.05);
        Function<LocalDate, Double> x = date -> LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(start, date) / days;
        Function<Double, Double> y = value -> BOTTOM - (BOTTOM - TOP) * value / top;

        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" width=\"")
                .append(WIDTH)
                .append("\" height=\"")
                .append(HEIGHT)
                .append("\" font-family=\"DejaVu Sans\" font-size=\"13\" ")
                .append("aria-label=\"")
                .append(escape(label))
                .append("\" alt=\"")
                .append(escape(label))
                .append("\"><title>")
                .append(escape(label))
                .append("</title>");
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            double at = y.apply(value);
            svg.append(line(LEFT, at, RIGHT, at, "#dddddd", false));
            svg.append("<text x=\"")
                    .append(LEFT - 8)
                    .append("\" y=\"")
                    .append(number(at + 4))
                    .append("\" text-anchor=\"end\" fill=\"#3a3a3a\">")
                    .append(escape(numbers.apply(value)))
                    .append("</text>");
        }
        List<LocalDate> years = new ArrayList<>();
        for (LocalDate year = start; !year.isAfter(end); year = year.plusYears(1)) {
            years.add(year);
        }
        for (int i = 0; i < years.size(); i++) {
            double at = x.apply(years.get(i));
            svg.append(line(at, BOTTOM, at, BOTTOM + 8, "#3a3a3a", false));
            if (i + 1 < years.size()) {
                double middle = (at + x.apply(years.get(i + 1))) / 2;
                svg.append("<text x=\"")
                        .append(number(middle))
                        .append("\" y=\"")
                        .append(BOTTOM + 24)
                        .append("\" text-anchor=\"middle\" fill=\"#3a3a3a\">")
                        .append(years.get(i).getYear())
                        .append("</text>");
            }
        }
        svg.append(line(LEFT, BOTTOM, RIGHT, BOTTOM, "#3a3a3a", false));
        List<Point> sorted =
                measured.stream().sorted(Comparator.comparing(Point::date)).toList();
        List<Point> sortedTargets =
                targets.stream().sorted(Comparator.comparing(Point::date)).toList();
        if (!sorted.isEmpty() && !sortedTargets.isEmpty()) {
            Point first = sorted.get(0);
            Point last = sortedTargets.get(sortedTargets.size() - 1);
            if (last.date().isAfter(first.date())) {
                svg.append(line(
                        x.apply(first.date()),
                        y.apply(first.value().doubleValue()),
                        x.apply(last.date()),
                        y.apply(last.value().doubleValue()),
                        "#6a6af4",
                        true));
            }
        }
        if (sorted.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"#000091\" stroke-width=\"2.5\" points=\"")
                    .append(sorted.stream()
                            .map(p -> number(x.apply(p.date())) + ","
                                    + number(y.apply(p.value().doubleValue())))
                            .collect(Collectors.joining(" ")))
                    .append("\"/>");
        }
        for (Point point : sorted) {
            svg.append("<circle r=\"5\" fill=\"#000091\" cx=\"")
                    .append(number(x.apply(point.date())))
                    .append("\" cy=\"")
                    .append(number(y.apply(point.value().doubleValue())))
                    .append("\"/>");
        }
        for (Point target : sortedTargets) {
            double cx = x.apply(target.date());
            double cy = y.apply(target.value().doubleValue());
            svg.append("<polygon fill=\"#ffffff\" stroke=\"#b34000\" stroke-width=\"2.5\" points=\"")
                    .append(number(cx))
                    .append(',')
                    .append(number(cy - 7))
                    .append(' ')
                    .append(number(cx + 7))
                    .append(',')
                    .append(number(cy))
                    .append(' ')
                    .append(number(cx))
                    .append(',')
                    .append(number(cy + 7))
                    .append(' ')
                    .append(number(cx - 7))
                    .append(',')
                    .append(number(cy))
                    .append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, boolean dashed) {
        return "<line x1=\"" + number(x1) + "\" y1=\"" + number(y1) + "\" x2=\"" + number(x2) + "\" y2=\"" + number(y2)
                + "\" stroke=\"" + colour + "\" stroke-width=\"" + (dashed ? "2" : "1") + "\""
                + (dashed ? " stroke-dasharray=\"8 5\"" : "") + "/>";
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscapeDecimal(text);
    }
}
