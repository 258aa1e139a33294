package fr.gouv.sante.jalons.reportimport.web;

import java.io.Serial;
import java.io.Serializable;

/**
 * A checked workbook waiting for its sender's confirmation, in the session (stored in PostgreSQL and
 * shared by the nodes): the confirmation form carries only the key to it and the hash the preview
 * showed, never the content, which comes from here and is checked again when applied.
 */
final class PendingReportImport implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String organisation;
    private final String fileName;
    private final byte[] content;

    PendingReportImport(String organisation, String fileName, byte[] content) {
        this.organisation = organisation;
        this.fileName = fileName;
        this.content = content.clone();
    }

    String organisation() {
        return organisation;
    }

    String fileName() {
        return fileName;
    }

    byte[] content() {
        return content.clone();
    }
}
