package fr.gouv.sante.jalons.campaign;

import fr.gouv.sante.jalons.shared.StaleVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * Someone saved the report since the editor opened it: nothing was overwritten. A stale version
 * like any other (the shared 409 page shows it wherever it is not caught), carrying the whole saved
 * report so that the report form can offer its richer merge page.
 */
public class ReportConflict extends StaleVersion {

    private final ReportFormView current;

    public ReportConflict(ReportFormView current) {
        super(saved(current), current.updatedBy(), current.updatedAt());
        this.current = current;
    }

    private static List<SavedField> saved(ReportFormView current) {
        List<SavedField> saved = new ArrayList<>();
        saved.add(SavedField.message("stale.saved.state", current.state().messageKey()));
        if (current.status() != null) {
            saved.add(SavedField.message("stale.saved.status", current.status().messageKey()));
        }
        saved.add(SavedField.text("stale.saved.narrative", current.narrative()));
        return saved;
    }

    public ReportFormView current() {
        return current;
    }
}
