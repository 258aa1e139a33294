package fr.gouv.sante.jalons.roadmapadmin;

/** An import was refused (a problem in the file, or the roadmap no longer takes it): nothing was written. */
public class StructureImportRefused extends RuntimeException {

    private final transient StructureImportPreview preview;

    public StructureImportRefused(StructureImportPreview preview) {
        super("Structure import refused: " + preview.problems().size() + " problems");
        this.preview = preview;
    }

    /** The file as read, every problem named. */
    public StructureImportPreview preview() {
        return preview;
    }
}
