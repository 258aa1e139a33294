package fr.gouv.sante.jalons.bilan.domain;

import static fr.gouv.sante.jalons.shared.ChartGeometry.coordinate;

import fr.gouv.sante.jalons.bilan.Bilan.StatusCount;
import fr.gouv.sante.jalons.shared.ChartGeometry;
import fr.gouv.sante.jalons.shared.ChartGeometry.Frame;
import fr.gouv.sante.jalons.shared.ChartGeometry.Position;
import fr.gouv.sante.jalons.shared.ChartGeometry.Segment;
import fr.gouv.sante.jalons.shared.ChartGeometry.Span;
import fr.gouv.sante.jalons.shared.ChartGeometry.ValueTick;
import fr.gouv.sante.jalons.shared.ChartGeometry.YearLabel;
import fr.gouv.sante.jalons.shared.IndicatorProgress.Point;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.web.util.HtmlUtils;

/**
 * The SVG charts of the semester report, written on the server so that the PDF and the web show the
 * same drawing. Where things go is {@link ChartGeometry}'s rule, the public page's too; this class
 * only gives the PDF's frame and writes the SVG with its colours and marks.
 */
final class BilanCharts {

    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    private static final int BAR_WIDTH = 600;
    private static final int BAR_HEIGHT = 24;
    private static final Frame FRAME = new Frame(84, WIDTH - 20, 14, HEIGHT - 40);
    private static final String TEXT = "#3a3a3a";

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
        StringBuilder svg = new StringBuilder(open(BAR_WIDTH, BAR_HEIGHT, "", label));
        List<Span> spans =
                ChartGeometry.stackedBar(counts.stream().map(StatusCount::count).toList(), BAR_WIDTH);
        for (int i = 0; i < counts.size(); i++) {
            Span span = spans.get(i);
            if (span.width() == 0) {
                continue;
            }
            svg.append("<rect y=\"0\" height=\"")
                    .append(BAR_HEIGHT)
                    .append("\" x=\"")
                    .append(coordinate(span.x()))
                    .append("\" width=\"")
                    .append(coordinate(span.width()))
                    .append("\" fill=\"")
                    .append(colour(counts.get(i).status()))
                    .append("\"/>");
        }
        return svg.append("</svg>").toString();
    }

    /**
     * An indicator's chart: measurements joined by a line, dated targets as diamonds, the straight
     * trajectory from the first measurement to the final target as a dashed line.
     */
    static String indicator(String label, List<Point> measured, List<Point> targets, Function<Double, String> numbers) {
        List<Point> sorted =
                measured.stream().sorted(Comparator.comparing(Point::date)).toList();
        List<Point> sortedTargets =
                targets.stream().sorted(Comparator.comparing(Point::date)).toList();
        ChartGeometry geometry =
                ChartGeometry.lay(FRAME, sorted, sortedTargets, sorted.isEmpty() ? null : sorted.get(0));
        StringBuilder svg =
                new StringBuilder(open(WIDTH, HEIGHT, "font-family=\"DejaVu Sans\" font-size=\"13\" ", label));
        valueAxis(svg, geometry, numbers);
        yearAxis(svg, geometry);
        Segment trajectory = geometry.trajectory();
        if (trajectory != null) {
            svg.append(line(
                    trajectory.from().x(),
                    trajectory.from().y(),
                    trajectory.to().x(),
                    trajectory.to().y(),
                    "#6a6af4",
                    true));
        }
        if (sorted.size() > 1) {
            svg.append("<polyline fill=\"none\" stroke=\"#000091\" stroke-width=\"2.5\" points=\"")
                    .append(geometry.measurementLine())
                    .append("\"/>");
        }
        for (Position point : geometry.measurements()) {
            svg.append("<circle r=\"5\" fill=\"#000091\" cx=\"")
                    .append(coordinate(point.x()))
                    .append("\" cy=\"")
                    .append(coordinate(point.y()))
                    .append("\"/>");
        }
        for (Position target : geometry.targets()) {
            svg.append(diamond(target.x(), target.y()));
        }
        return svg.append("</svg>").toString();
    }

    private static String open(int width, int height, String font, String label) {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 " + width + " " + height
                + "\" width=\"" + width + "\" height=\"" + height + "\" " + font + "aria-label=\"" + escape(label)
                + "\" alt=\"" + escape(label) + "\"><title>" + escape(label) + "</title>";
    }

    /** A grid line at each value tick, its value on the left. */
    private static void valueAxis(StringBuilder svg, ChartGeometry geometry, Function<Double, String> numbers) {
        Frame frame = geometry.frame();
        for (ValueTick tick : geometry.valueTicks()) {
            svg.append(line(frame.left(), tick.y(), frame.right(), tick.y(), "#dddddd", false));
            svg.append("<text x=\"")
                    .append((int) frame.left() - 8)
                    .append("\" y=\"")
                    .append(coordinate(tick.y() + 4))
                    .append("\" text-anchor=\"end\" fill=\"" + TEXT + "\">")
                    .append(escape(numbers.apply(tick.value())))
                    .append("</text>");
        }
    }

    /** A short tick at each 1st of January, each year's label in the middle of its band, and the axis. */
    private static void yearAxis(StringBuilder svg, ChartGeometry geometry) {
        Frame frame = geometry.frame();
        for (double x : geometry.yearTicks()) {
            svg.append(line(x, frame.bottom(), x, frame.bottom() + 8, TEXT, false));
        }
        for (YearLabel label : geometry.yearLabels()) {
            svg.append("<text x=\"")
                    .append(coordinate(label.x()))
                    .append("\" y=\"")
                    .append((int) frame.bottom() + 24)
                    .append("\" text-anchor=\"middle\" fill=\"" + TEXT + "\">")
                    .append(label.year())
                    .append("</text>");
        }
        svg.append(line(frame.left(), frame.bottom(), frame.right(), frame.bottom(), TEXT, false));
    }

    /** A target's mark: a diamond 14 units across. */
    private static String diamond(double cx, double cy) {
        return "<polygon fill=\"#ffffff\" stroke=\"#b34000\" stroke-width=\"2.5\" points=\"" + coordinate(cx) + ","
                + coordinate(cy - 7) + " " + coordinate(cx + 7) + "," + coordinate(cy) + " " + coordinate(cx) + ","
                + coordinate(cy + 7) + " " + coordinate(cx - 7) + "," + coordinate(cy) + "\"/>";
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, boolean dashed) {
        return "<line x1=\"" + coordinate(x1) + "\" y1=\"" + coordinate(y1) + "\" x2=\"" + coordinate(x2) + "\" y2=\""
                + coordinate(y2) + "\" stroke=\"" + colour + "\" stroke-width=\"" + (dashed ? "2" : "1") + "\""
                + (dashed ? " stroke-dasharray=\"8 5\"" : "") + "/>";
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscapeDecimal(text);
    }
}
