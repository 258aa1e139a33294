package fr.gouv.sante.jalons.reportimport;

/** An import of progress reports was refused (a bad cell, a conflict, a locked report): nothing was saved. */
public class ReportImportRefused extends RuntimeException {

    private final transient ReportImportPreview preview;

    public ReportImportRefused(ReportImportPreview preview) {
        super("Report import refused: " + preview.problems().size() + " problems, "
                + preview.conflicts().size() + " conflicts");
        this.preview = preview;
    }

    /** The file as read now, every problem and conflict named. */
    public ReportImportPreview preview() {
        return preview;
    }
}
