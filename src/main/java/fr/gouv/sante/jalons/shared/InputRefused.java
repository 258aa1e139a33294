package fr.gouv.sante.jalons.shared;

import java.util.Map;

/** Business rules refused what was typed (a report, a publication, a setting): message keys by form field; nothing was saved. */
public class InputRefused extends RuntimeException {

    private final Map<String, String> errors;

    public InputRefused(Map<String, String> errors) {
        super("Input refused: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    /** Field name (as in the form, e.g. {@code measurements[0].date}) to French message key. */
    public Map<String, String> errors() {
        return errors;
    }
}
