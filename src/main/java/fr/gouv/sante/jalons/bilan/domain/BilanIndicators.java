package fr.gouv.sante.jalons.bilan.domain;

import fr.gouv.sante.jalons.bilan.Bilan.Figure;
import fr.gouv.sante.jalons.bilan.Bilan.IndicatorPart;
import fr.gouv.sante.jalons.bilan.Bilan.ObjectiveRef;
import fr.gouv.sante.jalons.bilan.Bilan.Row;
import fr.gouv.sante.jalons.publication.MeasurementValue;
import fr.gouv.sante.jalons.publication.PeriodSummary;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.IndicatorDetails;
import fr.gouv.sante.jalons.roadmap.ObjectiveDetails.TargetValue;
import fr.gouv.sante.jalons.roadmap.ObjectiveSummary;
import fr.gouv.sante.jalons.shared.FigureWords;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.IndicatorProgress;
import fr.gouv.sante.jalons.shared.IndicatorProgress.Point;
import fr.gouv.sante.jalons.shared.Semester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * One indicator in the semester report: its chart or figure card, its progress towards the target,
 * its table of measurements and targets, and the period's new figures for the "what changed" list.
 */
@Component
class BilanIndicators {

    private final MessageSource messages;

    BilanIndicators(MessageSource messages) {
        this.messages = messages;
    }

    IndicatorPart part(
            ObjectiveSummary objective,
            IndicatorDetails indicator,
            List<MeasurementValue> values,
            PeriodSummary period,
            List<Figure> figures) {
        List<Point> measured = values.stream()
                .map(m -> new Point(m.date(), m.value(), m.qualifier()))
                .toList();
        List<TargetValue> dated = indicator.targets().stream()
                .sorted(Comparator.comparing(TargetValue::date))
                .toList();
        List<Point> targets =
                dated.stream().map(t -> new Point(t.date(), t.value())).toList();
        Optional<IndicatorProgress> progressOf = IndicatorProgress.of(
                measured,
                targets,
                indicator.baseline() == null
                        ? null
                        : new Point(
                                indicator.baseline().date(),
                                indicator.baseline().value()),
                indicator.decreasing());
        String progressText = progressOf.map(this::progressText).orElse("");
        String chart = "";
        String card = "";
        if (values.size() == 1) {
            card = figureCard(
                    values.get(0),
                    dated,
                    indicator.unit(),
                    progressOf.filter(p -> p.percent() != null).orElse(null));
        } else if (measured.isEmpty() && targets.size() == 1) {
            card = targetCard(indicator, dated.get(0));
        } else if (!measured.isEmpty() || !targets.isEmpty()) {
            chart = BilanCharts.indicator(
                    message("bilan.chart.indicator", indicator.name()),
                    measured,
                    targets,
                    value -> FrenchFormat.number(BigDecimal.valueOf(value)));
        }
        figures.addAll(newFigures(objective, indicator, values, dated, period, progressText));
        return new IndicatorPart(indicator.name(), chart, card, progressText, rows(indicator, values, dated));
    }

    /** The measurements, then the targets: the chart's values as a table. */
    private List<Row> rows(IndicatorDetails indicator, List<MeasurementValue> values, List<TargetValue> targets) {
        return Stream.concat(
                        values.stream()
                                .map(m -> new Row(
                                        FigureWords.date(
                                                messages, m.date(), m.datePrecision(), m.bilanMonth(), m.period()),
                                        figure(m, indicator.unit()),
                                        "chart.kind.measurement")),
                        targets.stream()
                                .map(t -> new Row(
                                        FrenchFormat.deadline(t.due()),
                                        quantity(t.value(), indicator.unit()),
                                        "chart.kind.target")))
                .toList();
    }

    /** The figures dated in the period, for the "what changed" list, each with the final target. */
    private List<Figure> newFigures(
            ObjectiveSummary objective,
            IndicatorDetails indicator,
            List<MeasurementValue> values,
            List<TargetValue> targets,
            PeriodSummary period,
            String progressText) {
        LocalDate first = Semester.parse(period.code()).firstDay();
        TargetValue target = targets.isEmpty() ? null : targets.get(targets.size() - 1);
        String targetText = target == null
                ? ""
                : message(
                        "bilan.target.at",
                        quantity(target.value(), indicator.unit()),
                        FrenchFormat.deadlineAt(target.due()));
        return values.stream()
                .filter(value -> !value.date().isBefore(first))
                .map(value -> new Figure(
                        new ObjectiveRef(objective.code(), objective.title()),
                        indicator.name(),
                        figure(value, indicator.unit()),
                        when(value),
                        targetText,
                        progressText))
                .toList();
    }

    /** "Aucune mesure — cible 1 200 fin 2024". */
    private String targetCard(IndicatorDetails indicator, TargetValue target) {
        return message("indicator.card.none") + " — "
                + message(
                        "indicator.card.target",
                        quantity(target.value(), indicator.unit()),
                        FrenchFormat.deadlineAt(target.due()));
    }

    /** "1 134 établissements en octobre 2024 — cible 1 200 fin 2024 — 94 %". */
    String figureCard(
            MeasurementValue value, List<TargetValue> targets, String unit, @Nullable IndicatorProgress progress) {

        String text = message("indicator.card.value", figure(value, unit), when(value));
        if (!targets.isEmpty()) {
            TargetValue target = targets.get(targets.size() - 1);
            text += " — "
                    + message(
                            "indicator.card.target",
                            quantity(target.value(), unit),
                            FrenchFormat.deadlineAt(target.due()));
        }
        Integer percent = progress == null ? null : progress.percent();
        if (progress != null && percent != null) {
            text += " — " + FigureWords.percent(messages, percent, progress.percentQualifier());
        }
        return text;
    }

    /** As the source states it: "plus de 3 000 ambassadeurs". */
    private String figure(MeasurementValue value, String unit) {
        return FigureWords.quantity(messages, value.value(), unit == null ? "" : unit, value.qualifier())
                .strip();
    }

    /** As precisely as the source: "en octobre 2024", "à la date du bilan de décembre 2024". */
    private String when(MeasurementValue value) {
        return FigureWords.when(messages, value.date(), value.datePrecision(), value.bilanMonth(), value.period());
    }

    private String progressText(IndicatorProgress progress) {
        List<String> parts = new ArrayList<>();
        if (progress.percent() != null) {
            parts.add(message(
                    "indicator.progress.text",
                    FigureWords.percent(messages, progress.percent(), progress.percentQualifier())));
        }
        if (progress.pace() != null) {
            parts.add(message(progress.pace().messageKey()));
        }
        return String.join(" ", parts);
    }

    private String quantity(BigDecimal value, String unit) {
        return message("quantity", FrenchFormat.number(value), unit == null ? "" : unit)
                .strip();
    }

    private String message(String key, Object... arguments) {
        return messages.getMessage(key, arguments, FrenchFormat.FRENCH);
    }
}
