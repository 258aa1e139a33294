package fr.gouv.sante.jalons.dashboard.web;

import static fr.gouv.sante.jalons.dashboard.web.IndicatorChartView.HEIGHT;
import static fr.gouv.sante.jalons.dashboard.web.IndicatorChartView.WIDTH;

import fr.gouv.sante.jalons.dashboard.web.IndicatorChartView.Line;
import fr.gouv.sante.jalons.dashboard.web.IndicatorChartView.Point;
import fr.gouv.sante.jalons.dashboard.web.IndicatorChartView.Row;
import fr.gouv.sante.jalons.dashboard.web.IndicatorChartView.Tick;
import fr.gouv.sante.jalons.publication.MeasurementValue;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.IndicatorDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.TargetValue;
import fr.gouv.sante.jalons.shared.ChartAxis;
import fr.gouv.sante.jalons.shared.IndicatorProgress;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Lays out an indicator's chart: time on x, value on y from zero; measurements joined by a line,
 * dated targets as markers, and the straight-line trajectory from the indicator's baseline to the
 * final target, which shows at a glance whether the objective is ahead of or behind its path. Without
 * a baseline no trajectory is drawn: a line from the first figure entered, or from zero at an
 * arbitrary date, would claim a path that no document sets.
 */
@Component
class IndicatorCharts {

    static final int LEFT = 80;
    static final int RIGHT = WIDTH - 24;
    static final int TOP = 16;
    static final int BOTTOM = HEIGHT - 36;

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
        // one table in date order: a measurement and a target of the same day, the measurement first
        record Dated(LocalDate date, int kind, Row row) {}
        TargetValue baseline = indicator.baseline();
        List<Dated> dated = Stream.concat(
                        measured.stream()
                                .map(m -> new Dated(
                                        m.date(),
                                        0,
                                        new Row(
                                                formats.measuredDate(m),
                                                formats.figure(m, indicator.unit()),
                                                "chart.kind.measurement",
                                                m.source()))),
                        targets.stream()
                                .map(t -> new Dated(
                                        t.date(),
                                        1,
                                        new Row(
                                                formats.date(t.date()),
                                                formats.quantity(t.value(), indicator.unit()),
                                                "chart.kind.target",
                                                ""))))
                .collect(Collectors.toCollection(ArrayList::new));
        if (baseline != null) {
            dated.add(new Dated(
                    baseline.date(),
                    -1,
                    new Row(
                            formats.date(baseline.date()),
                            formats.quantity(baseline.value(), indicator.unit()),
                            "chart.kind.baseline",
                            "")));
        }
        List<Row> rows = dated.stream()
                .sorted(Comparator.comparing(Dated::date).thenComparingInt(Dated::kind))
                .map(Dated::row)
                .toList();
        String summary = summary(indicator, measured, targets);
        List<IndicatorProgress.Point> measuredPoints0 = measured.stream()
                .map(m -> new IndicatorProgress.Point(m.date(), m.value(), m.qualifier()))
                .toList();
        List<IndicatorProgress.Point> targetPoints0 = targets.stream()
                .map(t -> new IndicatorProgress.Point(t.date(), t.value()))
                .toList();
        Optional<IndicatorProgress> progress = IndicatorProgress.of(
                measuredPoints0,
                targetPoints0,
                baseline == null ? null : new IndicatorProgress.Point(baseline.date(), baseline.value()),
                indicator.decreasing());
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
            TargetValue target = targets.get(0);
            String card = formats.message("indicator.card.none") + " — "
                    + formats.message(
                            "indicator.card.target",
                            formats.quantity(target.value(), indicator.unit()),
                            formats.date(target.date()));
            return IndicatorChartView.withoutChart(
                    id, indicator.name(), indicator.unit(), summary, rows, card, progressText);
        }
        if (measured.isEmpty() && targets.isEmpty()) {
            return IndicatorChartView.withoutChart(
                    id, indicator.name(), indicator.unit(), summary, rows, "", progressText);
        }

        List<TargetValue> drawnTargets = baseline == null
                ? targets
                : Stream.concat(Stream.of(baseline), targets.stream()).toList();
        LocalDate start = Stream.concat(
                        measured.stream().map(MeasurementValue::date),
                        drawnTargets.stream().map(TargetValue::date))
                .min(Comparator.naturalOrder())
                .orElseThrow();
        LocalDate end = Stream.concat(
                        measured.stream().map(MeasurementValue::date),
                        targets.stream().map(TargetValue::date))
                .max(Comparator.naturalOrder())
                .orElseThrow();
        start = start.withDayOfYear(1);
        end = end.plusYears(1).withDayOfYear(1);
        double days = Math.max(1, ChronoUnit.DAYS.between(start, end));
        double maxValue = Stream.concat(
                        measured.stream().map(MeasurementValue::value),
                        drawnTargets.stream().map(TargetValue::value))
                .mapToDouble(BigDecimal::doubleValue)
                .max()
                .orElse(1);
        double top = ChartAxis.niceCeiling(maxValue <= 0 ? 1 : maxValue * 1.05);

        LocalDate origin = start;
        Scale scale = new Scale(origin, days, top);
        List<Point> measuredPoints = measured.stream()
                .map(m -> new Point(
                        scale.x(m.date()),
                        scale.y(m.value().doubleValue()),
                        formats.message(
                                "chart.point.measurement", formats.when(m), formats.figure(m, indicator.unit()))))
                .toList();
        List<Point> targetPoints = targets.stream()
                .map(t -> new Point(
                        scale.x(t.date()),
                        scale.y(t.value().doubleValue()),
                        formats.message(
                                "chart.point.target",
                                formats.date(t.date()),
                                formats.quantity(t.value(), indicator.unit()))))
                .toList();
        String line = measuredPoints.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
        Line trajectory = null;
        if (baseline != null && !targets.isEmpty()) {
            TargetValue last = targets.get(targets.size() - 1);
            if (last.date().isAfter(baseline.date())) {
                trajectory = new Line(
                        scale.x(baseline.date()),
                        scale.y(baseline.value().doubleValue()),
                        scale.x(last.date()),
                        scale.y(last.value().doubleValue()));
            }
        }
        // a tick on each 1st of January; the year's label in the middle of its band, so that
        // 31 December 2023 sits at the end of "2023", not on a "2024" tick
        List<Tick> xTicks = new ArrayList<>();
        List<Tick> xLabels = new ArrayList<>();
        for (LocalDate year = start; !year.isAfter(end); year = year.plusYears(1)) {
            xTicks.add(new Tick(scale.x(year), ""));
            if (year.isBefore(end)) {
                xLabels.add(new Tick(scale.x(year.plusMonths(6).plusDays(1)), String.valueOf(year.getYear())));
            }
        }
        List<Tick> yTicks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = top * i / 4;
            yTicks.add(new Tick(scale.y(value), ChartAxis.compact(value)));
        }
        return new IndicatorChartView(
                id,
                indicator.name(),
                indicator.unit(),
                summary,
                true,
                measuredPoints,
                line,
                targetPoints,
                trajectory,
                xTicks,
                xLabels,
                yTicks,
                rows,
                "",
                progressText);
    }

    /** "1 134 établissements en octobre 2024 — cible 1 200 établissements au 31 décembre 2024 — 94 %". */
    private String figureCard(
            MeasurementValue value, List<TargetValue> targets, String unit, IndicatorProgress progress) {
        String text = formats.message("indicator.card.value", formats.figure(value, unit), formats.when(value));
        if (!targets.isEmpty()) {
            TargetValue target = targets.get(targets.size() - 1);
            text += " — "
                    + formats.message(
                            "indicator.card.target",
                            formats.quantity(target.value(), unit),
                            formats.date(target.date()));
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
                    formats.date(last.date())));
        }
        return String.join(" ", parts);
    }

    private record Scale(LocalDate origin, double days, double top) {

        String x(LocalDate date) {
            return coordinate(LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(origin, date) / days);
        }

        String y(double value) {
            return coordinate(BOTTOM - (BOTTOM - TOP) * value / top);
        }

        private static String coordinate(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
    }
}
