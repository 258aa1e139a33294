package fr.gouv.sante.jalons.roadmapadmin.web;

import java.io.Serial;
import java.io.Serializable;

/**
 * A checked file waiting for the administrator's confirmation, in the session (stored in PostgreSQL
 * and shared by the nodes): the confirmation form carries only the key to it and the hash the preview
 * showed, never the content, which comes from here and is checked again when applied.
 */
final class PendingImport implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String slug;
    private final String fileName;
    private final byte[] content;

    PendingImport(String slug, String fileName, byte[] content) {
        this.slug = slug;
        this.fileName = fileName;
        this.content = content.clone();
    }

    String slug() {
        return slug;
    }

    String fileName() {
        return fileName;
    }

    byte[] content() {
        return content.clone();
    }
}
