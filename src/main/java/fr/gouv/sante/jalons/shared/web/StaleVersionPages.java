package fr.gouv.sante.jalons.shared.web;

import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.StaleVersion;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The one 409 page of the back office: any edit refused as {@link StaleVersion} shows the saved
 * version, who saved it and when, and what this person typed (their input shown back, nothing
 * lost), with a link to start again from the saved version.
 */
@ControllerAdvice
class StaleVersionPages {

    /** Fields that are the form's machinery, not what the person typed. */
    private static final Set<String> MACHINERY = Set.of("_csrf", "version", "action");

    @ExceptionHandler(StaleVersion.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String stale(StaleVersion stale, HttpServletRequest request, Model model) {
        List<Typed> typed = new ArrayList<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            String name = parameter.getKey();
            if (MACHINERY.contains(name) || name.startsWith("_") || name.equals("periode") || name.endsWith(".id")) {
                continue;
            }
            String value = String.join(
                    ", ",
                    Arrays.stream(parameter.getValue())
                            .map(StaleVersionPages::asTyped)
                            .toList());
            if (!value.isBlank()) {
                typed.add(new Typed(name, value));
            }
        }
        model.addAttribute("saved", stale.saved());
        model.addAttribute("savedBy", stale.savedBy());
        model.addAttribute("savedAt", stale.savedAt() == null ? null : FrenchFormat.dateTime(stale.savedAt()));
        model.addAttribute("typed", typed);
        model.addAttribute("retry", retryPath(request));
        return "error/409";
    }

    /** The page the form was on: the action's own path, less a trailing verb (validation, renvoi). */
    static String retryPath(HttpServletRequest request) {
        String path = request.getRequestURI()
                .substring(request.getContextPath().length())
                .replaceFirst("/(validation|renvoi)$", "");
        String query = request.getQueryString();
        return query == null || query.isBlank() ? path : path + "?" + query;
    }

    /** A date typed in a date field (ISO, as the browser sends it) is shown as the saved side shows dates. */
    private static String asTyped(String value) {
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            try {
                return FrenchFormat.date(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                return value;
            }
        }
        return value;
    }

    /**
     * A field as posted: the message key of its label ({@code stale.field.indicators.name} for
     * {@code indicators[2].name}), its row number when it is one of a list, and what the person typed.
     */
    record Typed(String labelKey, @Nullable Integer row, String value) {

        Typed(String name, String value) {
            this("stale.field." + name.replaceAll("\\[[0-9]+]", ""), row(name), value);
        }

        private static @Nullable Integer row(String name) {
            java.util.regex.Matcher index =
                    java.util.regex.Pattern.compile("\\[([0-9]{1,4})]").matcher(name);
            return index.find() ? Integer.parseInt(index.group(1)) + 1 : null;
        }
    }
}
