package fr.gouv.sante.jalons.signatory;

/** An import was refused because of at least one bad row or cell: nothing was saved. */
public class ImportRefused extends RuntimeException {

    private final transient ImportPreview preview;

    public ImportRefused(ImportPreview preview) {
        super("Import refused: " + preview.errors().size() + " cell errors, "
                + preview.fileProblems().size() + " file problems");
        this.preview = preview;
    }

    /** The file as read, every bad cell named. */
    public ImportPreview preview() {
        return preview;
    }
}
