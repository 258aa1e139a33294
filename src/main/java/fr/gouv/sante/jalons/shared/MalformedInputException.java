package fr.gouv.sante.jalons.shared;

import org.jspecify.annotations.Nullable;

/** A value from outside (a URL, a form) that does not have the expected shape. */
public class MalformedInputException extends RuntimeException {

    private static final int MAX_ECHO = 40;

    private final String kind;
    private final String value;

    public MalformedInputException(String kind, @Nullable String value) {
        super("Malformed " + kind);
        this.kind = kind;
        this.value = shorten(value);
    }

    /** Input is echoed back in messages: keep it short enough to read. */
    private static String shorten(@Nullable String value) {
        if (value == null) {
            return "";
        }
        return value.length() <= MAX_ECHO ? value : value.substring(0, MAX_ECHO) + "…";
    }

    /** What was expected, e.g. {@code objective-code}; used as a message key suffix. */
    public String kind() {
        return kind;
    }

    public String value() {
        return value;
    }
}
