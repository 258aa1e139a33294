package fr.gouv.sante.jalons.roadmapadmin.web;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.roadmap.IndicatorEditing;
import fr.gouv.sante.jalons.roadmap.IndicatorsChange;
import fr.gouv.sante.jalons.roadmap.StructureRejected;
import fr.gouv.sante.jalons.shared.Deadline;
import fr.gouv.sante.jalons.shared.Decimals;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.web.BackOffice;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An administrator edits an objective's indicators and dated targets. */
@BackOffice
@Controller
class ObjectiveIndicatorsController {

    private final IndicatorEditing editing;

    ObjectiveIndicatorsController(IndicatorEditing editing) {
        this.editing = editing;
    }

    @InitBinder("form")
    void allowOnlyFormFields(WebDataBinder binder) {
        binder.setAllowedFields("version", "indicators*", "targets*");
        binder.setAutoGrowCollectionLimit(200);
        binder.setIgnoreInvalidFields(true);
    }

    @GetMapping("/admin/objectifs/{code}/indicateurs")
    String form(@PathVariable String code, CurrentUser admin, Model model) {
        ObjectiveCode objective = ObjectiveCode.fromPath(code);
        model.addAttribute("form", IndicatorsForm.from(editing.indicators(admin, objective)));
        model.addAttribute("code", objective.toString());
        return "roadmap/indicators";
    }

    @PostMapping("/admin/objectifs/{code}/indicateurs")
    String update(
            @PathVariable String code,
            @ModelAttribute("form") IndicatorsForm form,
            BindingResult errors,
            CurrentUser admin,
            Model model,
            RedirectAttributes redirect) {
        ObjectiveCode objective = ObjectiveCode.fromPath(code);
        model.addAttribute("code", objective.toString());
        Indicators indicators = indicators(form, errors);
        Targets targets = targets(form, indicators.positions(), errors);
        IndicatorsChange change = new IndicatorsChange(
                indicators.change(), targets.change(), form.getVersion() == null ? -1 : form.getVersion());
        // every problem at once: what did not parse, and what the rules refuse
        editing.problems(change).forEach((field, key) -> reject(errors, field, key, indicators.rows(), targets.rows()));
        if (errors.hasErrors()) {
            return "roadmap/indicators";
        }
        try {
            editing.updateIndicators(admin, objective, change);
        } catch (StructureRejected e) {
            e.errors().forEach((field, key) -> reject(errors, field, key, indicators.rows(), targets.rows()));
            return "roadmap/indicators";
        }
        redirect.addFlashAttribute("flash", "indicators.flash.saved");
        return "redirect:/admin/objectifs/" + objective + "/indicateurs";
    }

    /**
     * The indicators kept, with the form row each comes from and, by displayed row number (1-based),
     * its position among those kept.
     */
    private record Indicators(
            List<IndicatorsChange.Indicator> change, List<Integer> rows, Map<Integer, Integer> positions) {}

    /** The targets kept, with the form row each comes from. */
    private record Targets(List<IndicatorsChange.Target> change, List<Integer> rows) {}

    private static Indicators indicators(IndicatorsForm form, BindingResult errors) {
        Map<Integer, Integer> positions = new HashMap<>();
        List<Integer> rows = new ArrayList<>();
        List<IndicatorsChange.Indicator> indicators = new ArrayList<>();
        for (int i = 0; i < form.getIndicators().size(); i++) {
            IndicatorsForm.IndicatorRow row = form.getIndicators().get(i);
            if (row == null || row.isRemove() || row.blank()) {
                continue;
            }
            String at = "indicators[" + i + "].";
            BigDecimal maxValue =
                    decimal(row.getMaxValue(), errors, at + "maxValue", "structure.indicator.max.invalid");
            BigDecimal baselineValue = decimal(
                    row.getBaselineValue(), errors, at + "baselineValue", "structure.indicator.baseline.value.invalid");
            LocalDate baselineDate = date(row.getBaselineDate(), errors, at + "baselineDate");
            indicators.add(new IndicatorsChange.Indicator(
                    row.getId(),
                    row.getName(),
                    row.getUnit(),
                    row.getDirection(),
                    maxValue,
                    baselineValue,
                    baselineDate));
            rows.add(i);
            positions.put(i + 1, indicators.size());
        }
        return new Indicators(indicators, rows, positions);
    }

    private static Targets targets(IndicatorsForm form, Map<Integer, Integer> positions, BindingResult errors) {
        List<Integer> rows = new ArrayList<>();
        List<IndicatorsChange.Target> targets = new ArrayList<>();
        for (int i = 0; i < form.getTargets().size(); i++) {
            IndicatorsForm.TargetRow row = form.getTargets().get(i);
            if (row == null || row.isRemove() || row.blank()) {
                continue;
            }
            Deadline due = due(row.getDueDate(), errors, "targets[" + i + "].dueDate");
            Integer indicator = null;
            if (row.getIndicator() != null && !row.getIndicator().isBlank()) {
                indicator = row.getIndicator().strip().matches("[0-9]{1,3}")
                        ? positions.get(Integer.parseInt(row.getIndicator().strip()))
                        : null;
                if (indicator == null) {
                    errors.rejectValue("targets[" + i + "].indicator", "structure.target.indicator.invalid");
                }
            }
            BigDecimal value =
                    decimal(row.getValue(), errors, "targets[" + i + "].value", "structure.target.value.invalid");
            targets.add(new IndicatorsChange.Target(due, row.getDescription(), indicator, value));
            rows.add(i);
        }
        return new Targets(targets, rows);
    }

    /** The number in a field, null when empty; a field error when it is not a number. */
    private static @Nullable BigDecimal decimal(
            @Nullable String text, BindingResult errors, String path, String invalid) {
        if (text == null || text.isBlank()) {
            return null;
        }
        BigDecimal value = Decimals.parseFrench(text);
        if (value == null) {
            errors.rejectValue(path, invalid);
        }
        return value;
    }

    /** The date in a field, null when empty; a field error when it is not a date. */
    private static @Nullable LocalDate date(@Nullable String text, BindingResult errors, String path) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            errors.rejectValue(path, "structure.indicator.baseline.date.invalid");
            return null;
        }
    }

    /**
     * The due date in a field, as precise as typed ("2026" stays a year), in the forms of the roadmap
     * import; null when empty; a field error when it is none of them.
     */
    private static @Nullable Deadline due(@Nullable String text, BindingResult errors, String path) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Deadline due = Deadline.parse(text).orElse(null);
        if (due == null) {
            errors.rejectValue(path, "structure.target.date.invalid");
        }
        return due;
    }

    /** A service error on row {@code i} of the kept rows, shown next to the displayed row it came from. */
    private static void reject(
            BindingResult errors, String field, String key, List<Integer> indicatorRows, List<Integer> targetRows) {
        java.util.regex.Matcher row = java.util.regex.Pattern.compile("(indicators|targets)\\[(\\d+)\\]\\.(\\w+)")
                .matcher(field);
        if (row.matches()) {
            int index = Integer.parseInt(row.group(2));
            int displayed = row.group(1).equals("indicators") ? indicatorRows.get(index) : targetRows.get(index);
            String path = row.group(1) + "[" + displayed + "]." + row.group(3);
            if (!errors.hasFieldErrors(path)) {
                errors.rejectValue(path, key);
            }
        } else {
            errors.reject(key);
        }
    }
}
