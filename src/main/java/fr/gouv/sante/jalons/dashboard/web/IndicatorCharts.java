package fr.gouv.sante.jalons.dashboard.web;

import static fr.gouv.sante.jalons.dashboard.web.IndicatorChartView.HEIGHT;
import static fr.gouv.sante.jalons.dashboard.web.IndicatorChartView.WIDTH;
import static fr.gouv.sante.jalons.shared.ChartGeometry.coordinate;

import fr.gouv.sante.jalons.dashboard.web.IndicatorChartView.Line;
import fr.gouv.sante.jalons.dashboard.web.IndicatorChartView.Point;
import fr.gouv.sante.jalons.dashboard.web.IndicatorChartView.Row;
import fr.gouv.sante.jalons.dashboard.web.IndicatorChartView.Tick;
import fr.gouv.sante.jalons.publication.MeasurementValue;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.IndicatorDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.TargetValue;
import fr.gouv.sante.jalons.shared.ChartAxis;
import fr.gouv.sante.jalons.shared.ChartGeometry;
import fr.gouv.sante.jalons.shared.ChartGeometry.Frame;
import fr.gouv.sante.jalons.shared.ChartGeometry.Position;
import fr.gouv.sante.jalons.shared.ChartGeometry.Segment;
import fr.gouv.sante.jalons.shared.IndicatorProgress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;
import org.springframework.stereotype.Component;

/**
 * An indicator's chart on the public page, laid out by the shared {@link ChartGeometry} in this page's
 * frame, with its labels, text alternative and table: time on x, value on y from zero; measurements joined by a line,
 * dated targets as markers, and the straight-line trajectory from the indicator's baseline to the
 * final target, which shows at a glance whether the objective is ahead of or behind its path. Without
 * a baseline no trajectory is drawn: a line from the first figure entered, or from zero at an
 * arbitrary date, would claim a path that no document sets.
 */
@Component
class IndicatorCharts {

    /** The plotting area of the page's 640 × 280 drawing (the template draws the axes at these bounds). */
    static final Frame FRAME = new Frame(80, WIDTH - 24, 16, HEIGHT - 36);

    private final Formats formats;

    IndicatorCharts(Formats formats) {
        this.formats = formats;
    }

    IndicatorChartView chart(IndicatorDetails indicator, List<MeasurementValue> measurements) {
        List<MeasurementValue> measured = measurements.stream()
                .sorted(Comparator.comparing(MeasurementValue::date))
                .toList();
        List<TargetValue> targets = indicator.targets().stream()
                .sorted(Comparator.comparing(TargetValue::date))
                .toList();
        String id = "indicator-" + indicator.id();
        List<Row> rows = rows(indicator, measured, targets);
        String summary = summary(indicator, measured, targets);
        Optional<IndicatorProgress> progress = progress(indicator, measured, targets);
        String progressText = progress.map(this::progressText).orElse("");
        if (measured.size() == 1) {
            String card = figureCard(
                    measured.get(0),
                    targets,
                    indicator.unit(),
                    progress.filter(p -> p.percent() != null).orElse(null));
            return IndicatorChartView.withoutChart(
                    id, indicator.name(), indicator.unit(), summary, rows, card, progressText);
        }
        if (measured.isEmpty() && targets.size() == 1) {
            return IndicatorChartView.withoutChart(
                    id,
                    indicator.name(),
                    indicator.unit(),
                    summary,
                    rows,
                    targetCard(indicator, targets.get(0)),
                    progressText);
        }
        if (measured.isEmpty() && targets.isEmpty()) {
            return IndicatorChartView.withoutChart(
                    id, indicator.name(), indicator.unit(), summary, rows, "", progressText);
        }
        ChartGeometry geometry =
                ChartGeometry.lay(FRAME, points(measured), targetPoints(targets), point(indicator.baseline()));
        return new IndicatorChartView(
                id,
                indicator.name(),
                indicator.unit(),
                summary,
                true,
                measurementPoints(indicator, measured, geometry),
                geometry.measurementLine(),
                targetPoints(indicator, targets, geometry),
                trajectory(geometry),
                geometry.yearTicks().stream()
                        .map(x -> new Tick(coordinate(x), ""))
                        .toList(),
                geometry.yearLabels().stream()
                        .map(label -> new Tick(coordinate(label.x()), String.valueOf(label.year())))
                        .toList(),
                geometry.valueTicks().stream()
                        .map(tick -> new Tick(coordinate(tick.y()), ChartAxis.compact(tick.value())))
                        .toList(),
                rows,
                "",
                progressText);
    }

    /** One table in date order: the baseline, then a measurement and a target of the same day, the measurement first. */
    private List<Row> rows(IndicatorDetails indicator, List<MeasurementValue> measured, List<TargetValue> targets) {
        record Dated(LocalDate date, int kind, Row row) {}
        List<Dated> dated = new ArrayList<>();
        for (MeasurementValue m : measured) {
            dated.add(new Dated(
                    m.date(),
                    0,
                    new Row(
                            formats.measuredDate(m),
                            formats.figure(m, indicator.unit()),
                            "chart.kind.measurement",
                            m.source())));
        }
        for (TargetValue t : targets) {
            dated.add(new Dated(t.date(), 1, targetRow(indicator, t, "chart.kind.target")));
        }
        TargetValue baseline = indicator.baseline();
        if (baseline != null) {
            dated.add(new Dated(baseline.date(), -1, targetRow(indicator, baseline, "chart.kind.baseline")));
        }
        return dated.stream()
                .sorted(Comparator.comparing(Dated::date).thenComparingInt(Dated::kind))
                .map(Dated::row)
                .toList();
    }

    private Row targetRow(IndicatorDetails indicator, TargetValue value, String kindKey) {
        return new Row(formats.deadline(value.due()), formats.quantity(value.value(), indicator.unit()), kindKey, "");
    }

    private static Optional<IndicatorProgress> progress(
            IndicatorDetails indicator, List<MeasurementValue> measured, List<TargetValue> targets) {
        return IndicatorProgress.of(
                points(measured), targetPoints(targets), point(indicator.baseline()), indicator.decreasing());
    }

    private static List<IndicatorProgress.Point> points(List<MeasurementValue> measured) {
        return measured.stream()
                .map(m -> new IndicatorProgress.Point(m.date(), m.value(), m.qualifier()))
                .toList();
    }

    private static List<IndicatorProgress.Point> targetPoints(List<TargetValue> targets) {
        return targets.stream().map(IndicatorCharts::point).toList();
    }

    @Contract("null -> null; !null -> !null")
    private static IndicatorProgress.@Nullable Point point(@Nullable TargetValue value) {
        return value == null ? null : new IndicatorProgress.Point(value.date(), value.value());
    }

    private List<Point> measurementPoints(
            IndicatorDetails indicator, List<MeasurementValue> measured, ChartGeometry geometry) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < measured.size(); i++) {
            MeasurementValue m = measured.get(i);
            points.add(point(
                    geometry.measurements().get(i),
                    formats.message("chart.point.measurement", formats.when(m), formats.figure(m, indicator.unit()))));
        }
        return points;
    }

    private List<Point> targetPoints(IndicatorDetails indicator, List<TargetValue> targets, ChartGeometry geometry) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            TargetValue t = targets.get(i);
            points.add(point(
                    geometry.targets().get(i),
                    formats.message(
                            "chart.point.target",
                            formats.deadlineAt(t.due()),
                            formats.quantity(t.value(), indicator.unit()))));
        }
        return points;
    }

    private static Point point(Position position, String label) {
        return new Point(coordinate(position.x()), coordinate(position.y()), label);
    }

    private static @Nullable Line trajectory(ChartGeometry geometry) {
        Segment segment = geometry.trajectory();
        return segment == null
                ? null
                : new Line(
                        coordinate(segment.from().x()),
                        coordinate(segment.from().y()),
                        coordinate(segment.to().x()),
                        coordinate(segment.to().y()));
    }

    /** "Aucune mesure — cible 1 200 établissements fin 2024". */
    private String targetCard(IndicatorDetails indicator, TargetValue target) {
        return formats.message("indicator.card.none") + " — "
                + formats.message(
                        "indicator.card.target",
                        formats.quantity(target.value(), indicator.unit()),
                        formats.deadlineAt(target.due()));
    }

    /** "1 134 établissements en octobre 2024 — cible 1 200 établissements fin 2024 — 94 %". */
    private String figureCard(
            MeasurementValue value, List<TargetValue> targets, String unit, @Nullable IndicatorProgress progress) {
        String text = formats.message("indicator.card.value", formats.figure(value, unit), formats.when(value));
        if (!targets.isEmpty()) {
            TargetValue target = targets.get(targets.size() - 1);
            text += " — "
                    + formats.message(
                            "indicator.card.target",
                            formats.quantity(target.value(), unit),
                            formats.deadlineAt(target.due()));
        }
        if (progress != null) {
            text += " — " + formats.percent(progress);
        }
        return text;
    }

    private String progressText(IndicatorProgress progress) {
        List<String> parts = new ArrayList<>();
        if (progress.percent() != null) {
            parts.add(formats.message("indicator.progress.text", formats.percent(progress)));
        }
        if (progress.pace() != null) {
            parts.add(formats.message(progress.pace().messageKey()));
        }
        return String.join(" ", parts);
    }

    private String summary(IndicatorDetails indicator, List<MeasurementValue> measured, List<TargetValue> targets) {
        List<String> parts = new ArrayList<>();
        if (!measured.isEmpty()) {
            MeasurementValue last = measured.get(measured.size() - 1);
            parts.add(
                    formats.message("chart.summary.last", formats.figure(last, indicator.unit()), formats.when(last)));
        } else {
            parts.add(formats.message("chart.summary.no-measurement"));
        }
        if (!targets.isEmpty()) {
            TargetValue last = targets.get(targets.size() - 1);
            parts.add(formats.message(
                    "chart.summary.target",
                    formats.quantity(last.value(), indicator.unit()),
                    formats.deadlineAt(last.due())));
        }
        return String.join(" ", parts);
    }
}
