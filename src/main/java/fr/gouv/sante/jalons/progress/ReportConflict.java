package fr.gouv.sante.jalons.progress;

/**
 * Someone saved the report since the editor opened it: nothing was overwritten. Carries what is now
 * saved, so that the editor can compare and merge.
 */
public class ReportConflict extends RuntimeException {

    private final ReportEditor current;

    public ReportConflict(ReportEditor current) {
        super("Progress report changed since it was opened");
        this.current = current;
    }

    public ReportEditor current() {
        return current;
    }
}
