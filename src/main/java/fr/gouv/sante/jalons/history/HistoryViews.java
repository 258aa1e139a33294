package fr.gouv.sante.jalons.history;

import fr.gouv.sante.jalons.roadmap.RoadmapQueries.IndicatorLabel;
import fr.gouv.sante.jalons.shared.DatePrecision;
import fr.gouv.sante.jalons.shared.Deadline;
import fr.gouv.sante.jalons.shared.FigureQualifier;
import fr.gouv.sante.jalons.shared.FigureWords;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.lang.Contract;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns audit rows into French sentences: a headline per change ("Point d'avancement soumis") and one
 * line per field that moved ("Statut : En bonne voie → Atteint"). The raw JSON stays beside them.
 */
@Component
public class HistoryViews {

    private static final Pattern ROLE_IN_LABEL = Pattern.compile("\\((ADMIN|EDITOR|READER)(, [^()]*)?\\)$");

    /** Fields whose values are long texts: the line says they changed, the raw JSON shows how. */
    private static final Set<String> LONG_TEXTS = Set.of("narrative", "indicators", "targets");
    /** Fields that only identify the row, already said by the headline. */
    private static final Set<String> IDENTIFIERS = Set.of("period", "indicatorId", "source", "date", "value");

    private final MessageSource messages;
    private final JsonMapper json;

    HistoryViews(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    public record HistoryView(
            String when,
            @Nullable String actor,
            @Nullable String objectiveCode,
            String headline,
            List<String> changes,
            String before,
            String after) {}

    public List<HistoryView> history(
            List<HistoryEntry> entries, Map<Long, String> objectiveCodes, Map<Long, IndicatorLabel> indicators) {
        return entries.stream()
                .map(entry -> view(entry, objectiveCodes, indicators))
                .toList();
    }

    /**
     * An author as the trail holds it ("Nom <adresse> (EDITOR, ANS)", the account's role code kept so
     * that old and new entries read and filter alike), with the role named in French.
     */
    @Contract("null -> null; !null -> !null")
    public @Nullable String actor(@Nullable String label) {
        if (label == null) {
            return null;
        }
        Matcher role = ROLE_IN_LABEL.matcher(label);
        if (!role.find()) {
            return label;
        }
        String name = messages.getMessage("role." + role.group(1), null, role.group(1), FrenchFormat.FRENCH);
        return label.substring(0, role.start(1)) + name + label.substring(role.end(1));
    }

    private HistoryView view(
            HistoryEntry entry, Map<Long, String> objectiveCodes, Map<Long, IndicatorLabel> indicators) {
        Map<String, Object> before = parse(entry.before());
        Map<String, Object> after = parse(entry.after());
        String period = text(after.getOrDefault("period", before.get("period")));
        String headline = message(
                "history.headline." + entry.entityType() + "." + entry.action(),
                message("history.action", null, entry.entityType(), entry.entityId(), entry.action()),
                period,
                entry.entityId());
        List<String> changes = "MEASUREMENT".equals(entry.entityType())
                ? List.of(measurement(
                        entry.action(),
                        before.isEmpty() || "UPDATED".equals(entry.action()) ? after : before,
                        indicators))
                : changes(before, after);
        return new HistoryView(
                FrenchFormat.dateTime(entry.occurredAt()),
                actor(entry.actor()),
                entry.objectiveId() == null ? null : objectiveCodes.get(entry.objectiveId()),
                headline,
                changes,
                entry.before() == null ? "" : entry.before(),
                entry.after() == null ? "" : entry.after());
    }

    /**
     * "Mesure ajoutée : 52 applications au 15 juin 2025 (Applications référencées...)", with the figure's
     * qualifier and its date as precise as it was entered ("plus de 40 applications en juin 2025"): the
     * trail never states a figure more exactly than the person did.
     */
    private String measurement(String action, Map<String, Object> row, Map<Long, IndicatorLabel> indicators) {
        IndicatorLabel indicator = row.get("indicatorId") instanceof Number id ? indicators.get(id.longValue()) : null;
        String value = text(row.get("value"));
        String amount;
        try {
            amount = FigureWords.quantity(
                    messages,
                    new BigDecimal(value),
                    indicator == null ? null : indicator.unit(),
                    enumValue(FigureQualifier.class, row.get("qualifier")));
        } catch (NumberFormatException e) {
            amount = value;
        }
        String when;
        try {
            when = FigureWords.when(
                    messages,
                    LocalDate.parse(text(row.get("date"))),
                    enumValue(DatePrecision.class, row.get("datePrecision")),
                    null,
                    null);
        } catch (DateTimeParseException e) {
            when = text(row.get("date"));
        }
        String sentence = message(
                "history.measurement." + action,
                message("history.measurement.CHANGED", null, amount, when),
                amount,
                when);
        return indicator == null ? sentence : message("history.measurement.of", sentence, sentence, indicator.name());
    }

    /** An enum constant from an audit row, null when absent or unknown (older rows have neither). */
    private static <E extends Enum<E>> @Nullable E enumValue(Class<E> type, @Nullable Object raw) {
        if (raw == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, String.valueOf(raw));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private List<String> changes(Map<String, Object> before, Map<String, Object> after) {
        Set<String> fields = new LinkedHashSet<>(after.keySet());
        fields.addAll(before.keySet());
        List<String> lines = new ArrayList<>();
        for (String field : fields) {
            Object old = before.get(field);
            Object now = after.get(field);
            if (IDENTIFIERS.contains(field) || Objects.equals(old, now)) {
                continue;
            }
            String label = message("history.field." + field, field);
            if (LONG_TEXTS.contains(field)) {
                lines.add(message("history.change.text", null, label));
            } else if (before.isEmpty() || old == null) {
                lines.add(message("history.change.set", null, label, value(field, now)));
            } else if (now == null) {
                lines.add(message("history.change.cleared", null, label, value(field, old)));
            } else {
                lines.add(message("history.change.moved", null, label, value(field, old), value(field, now)));
            }
        }
        return lines;
    }

    /** A field's value in words: statuses, states and roles by their French label, dates in French. */
    private String value(String field, @Nullable Object raw) {
        if (raw instanceof Collection<?> items) {
            return String.join(", ", items.stream().map(this::text).toList());
        }
        if (raw instanceof Boolean flag) {
            return message("history.value." + flag, flag.toString());
        }
        String text = text(raw);
        return switch (field) {
            case "status" -> message("status." + text, text);
            case "state" -> message("report.state." + text, text);
            case "roadmapState" -> message("roadmap.state." + text, text);
            case "role" -> message("role." + text, text);
            case "statusBasis" -> message("status.basis." + text, text);
            case "scope" -> message("api-token.scope." + text, text);
            case "dueOn", "expiresOn" -> date(text);
            case "deadline", "previousDeadline", "newDeadline" -> deadline(text);
            case "reports", "revision", "startYear", "endYear", "newAxes", "newPriorities", "importedObjectives" ->
                text;
            default -> message("history.value.quoted", text, text);
        };
    }

    /** An audit row's JSON object as a map; empty when there is none. */
    public Map<String, Object> parse(@Nullable String raw) {
        if (raw == null || raw.isBlank()) {
            return Map.of();
        }
        try {
            Map<?, ?> parsed = json.readValue(raw, Map.class);
            Map<String, Object> fields = new LinkedHashMap<>();
            parsed.forEach((key, value) -> fields.put(String.valueOf(key), value));
            return fields;
        } catch (JacksonException e) {
            return Map.of();
        }
    }

    private String text(@Nullable Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    private static String date(String iso) {
        try {
            return FrenchFormat.date(LocalDate.parse(iso));
        } catch (DateTimeParseException e) {
            return iso;
        }
    }

    /** "2026" reads "fin 2026"; an older row's "2026-12-31" was a day then and reads as one. */
    private static String deadline(String iso) {
        return Deadline.parse(iso).map(FrenchFormat::deadline).orElse(iso);
    }

    /** The message, else the fallback, else the key itself (a missing message never shows as nothing). */
    private String message(String key, @Nullable String fallback, @Nullable Object... arguments) {
        String text = messages.getMessage(key, arguments, fallback, FrenchFormat.FRENCH);
        return text == null ? key : text;
    }
}
