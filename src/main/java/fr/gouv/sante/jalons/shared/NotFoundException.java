package fr.gouv.sante.jalons.shared;

import org.jspecify.annotations.Nullable;

/** A well-formed reference to something that does not exist (an unknown objective code, say). */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final @Nullable String key;

    public NotFoundException(String kind, @Nullable String key) {
        super("No " + kind + " " + key);
        this.kind = kind;
        this.key = key;
    }

    /** What was looked for, e.g. {@code objective}; used as a message key suffix. */
    public String kind() {
        return kind;
    }

    public @Nullable String key() {
        return key;
    }
}
