package fr.gouv.sante.jalons.campaign;

import java.util.Map;

/** Business rules refused a progress report: message keys by form field, nothing was saved. */
public class ReportRejected extends RuntimeException {

    private final Map<String, String> errors;

    public ReportRejected(Map<String, String> errors) {
        super("Progress report rejected: " + errors.keySet());
        this.errors = Map.copyOf(errors);
    }

    /** Field name (as in the form, e.g. {@code measurements[0].date}) to French message key. */
    public Map<String, String> errors() {
        return errors;
    }
}
