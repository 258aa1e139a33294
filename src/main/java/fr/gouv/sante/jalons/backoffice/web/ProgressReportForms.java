package fr.gouv.sante.jalons.backoffice.web;

import fr.gouv.sante.jalons.campaign.NewMeasurement;
import fr.gouv.sante.jalons.campaign.ReportCommand;
import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.Decimals;
import fr.gouv.sante.jalons.shared.FigureQualifier;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.shared.TextRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.validation.BindingResult;

/** Turns the posted form into a command, recording a field error for every value that does not parse. */
final class ProgressReportForms {

    private ProgressReportForms() {}

    static ReportCommand toCommand(ProgressReportForm form, BindingResult errors) {
        ProgressStatus status = null;
        if (form.getStatus() != null && !form.getStatus().isBlank()) {
            try {
                status = ProgressStatus.valueOf(form.getStatus());
            } catch (IllegalArgumentException e) {
                errors.rejectValue("status", "report.status.required");
            }
        }
        List<NewMeasurement> measurements = new ArrayList<>();
        Set<Long> removed = new HashSet<>();
        List<ProgressReportForm.MeasurementRow> rows = form.getMeasurements();
        for (int i = 0; i < rows.size(); i++) {
            ProgressReportForm.MeasurementRow row = rows.get(i);
            Long indicatorId = row == null ? null : row.getIndicatorId();
            if (row == null || indicatorId == null) {
                continue;
            }
            boolean noValue = row.getValue() == null || row.getValue().isBlank();
            boolean noDate = row.getDate() == null || row.getDate().isBlank();
            // a saved measurement goes only when this person removes it: ticked, or both fields cleared
            if (row.getId() != null && (row.isRemove() || (noValue && noDate))) {
                removed.add(row.getId());
            } else if (!noValue || !noDate) {
                measurement(row, indicatorId, "measurements[" + i + "].", errors)
                        .ifPresent(measurements::add);
            }
        }
        return new ReportCommand(status, form.getNarrative(), form.getVersion(), measurements, removed);
    }

    /** A row's measurement, or nothing with a field error on each part that is missing or does not parse. */
    private static Optional<NewMeasurement> measurement(
            ProgressReportForm.MeasurementRow row, long indicatorId, String at, BindingResult errors) {
        BigDecimal value = null;
        LocalDate date = null;
        if (row.getValue() == null || row.getValue().isBlank()) {
            errors.rejectValue(at + "value", "report.measurement.value.required");
        } else {
            value = Decimals.parseFrench(row.getValue());
            if (value == null) {
                errors.rejectValue(at + "value", "report.measurement.value.invalid");
            }
        }
        if (row.getDate() == null || row.getDate().isBlank()) {
            errors.rejectValue(at + "date", "report.measurement.date.required");
        } else {
            try {
                date = LocalDate.parse(row.getDate().strip());
            } catch (DateTimeParseException e) {
                errors.rejectValue(at + "date", "report.measurement.date.invalid");
            }
        }
        FigureQualifier qualifier = parse(FigureQualifier.class, row.getQualifier(), FigureQualifier.EXACT);
        if (qualifier == null) {
            errors.rejectValue(at + "qualifier", "report.measurement.qualifier.invalid");
        }
        DatePrecision precision = parse(DatePrecision.class, row.getDatePrecision(), DatePrecision.DAY);
        if (precision == null) {
            errors.rejectValue(at + "datePrecision", "report.measurement.precision.invalid");
        }
        if (value == null || date == null || qualifier == null || precision == null) {
            return Optional.empty();
        }
        return Optional.of(
                new NewMeasurement(row.getId(), indicatorId, value, date, qualifier, precision, row.isConfirmed()));
    }

    /** The constant named {@code text}; {@code absent} when nothing was posted; null when it names none. */
    static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String text, E absent) {
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Enum.valueOf(type, text.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Whether the narrative may be previewed: the save's rules (length, characters) hold for the
     * preview too, so that text a save would refuse is never rendered; an empty one previews as
     * nothing. A broken rule is recorded as the narrative's field error.
     */
    static boolean previewable(ProgressReportForm form, BindingResult errors) {
        Optional<TextRules.Problem> problem = TextRules.check(
                        TextRules.normaliseLineBreaks(form.getNarrative()), ReportCommand.MAX_NARRATIVE_LENGTH)
                .filter(broken -> broken != TextRules.Problem.MISSING);
        problem.ifPresent(broken -> errors.rejectValue("narrative", broken.key("report.narrative")));
        return problem.isEmpty();
    }

    /** The form fields a service refusal concerns ({@code measurement.<indicator id>.value} is a row's value). */
    static Function<String, List<String>> fieldsOf(ProgressReportForm form) {
        return field -> {
            if (field.startsWith("measurement.")) {
                String[] parts = field.split("\\.", -1);
                List<String> paths = new ArrayList<>();
                for (int i = 0; i < form.getMeasurements().size(); i++) {
                    ProgressReportForm.MeasurementRow row =
                            form.getMeasurements().get(i);
                    if (row != null && parts.length == 3 && parts[1].equals(String.valueOf(row.getIndicatorId()))) {
                        paths.add("measurements[" + i + "]." + parts[2]);
                    }
                }
                return paths;
            }
            return field.equals("status") || field.equals("narrative") ? List.of(field) : List.of();
        };
    }
}
