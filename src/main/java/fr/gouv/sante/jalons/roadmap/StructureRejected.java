package fr.gouv.sante.jalons.roadmap;

import java.util.Map;

/** The change was refused: message keys by form field; nothing was saved. */
public class StructureRejected extends RuntimeException {

    private final Map<String, String> errors;

    public StructureRejected(Map<String, String> errors) {
        super("Structure change rejected: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    public Map<String, String> errors() {
        return errors;
    }
}
