package fr.gouv.sante.jalons.roadmap;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The change was refused: message keys by form field, in the form's order, and the values a message
 * names (the unknown organisations); nothing was saved.
 */
public class StructureRejected extends RuntimeException {

    private final Map<String, String> errors;
    private final Map<String, List<Object>> arguments;

    public StructureRejected(Map<String, String> errors) {
        this(errors, Map.of());
    }

    public StructureRejected(Map<String, String> errors, Map<String, List<Object>> arguments) {
        super("Structure change rejected: " + errors.keySet());
        this.errors = Collections.unmodifiableMap(new LinkedHashMap<>(errors));
        this.arguments = Map.copyOf(arguments);
    }

    /** Message keys by field, in the order the service checked them (the form's order). */
    public Map<String, String> errors() {
        return errors;
    }

    /** The values the message of a field names, if any. */
    public List<Object> arguments(String field) {
        return arguments.getOrDefault(field, List.of());
    }
}
