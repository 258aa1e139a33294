package fr.gouv.sante.jalons.shared;

/** Rules every free text typed by a person must follow before it is stored. */
public final class TextRules {

    private TextRules() {
    }

    /**
     * Control characters other than line breaks and tabs (NUL, bell, escape...) have no place in
     * text people read, and PostgreSQL refuses NUL outright.
     */
    public static boolean hasControlCharacters(String text) {
        return text != null && text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    /**
     * The text as it is stored: surrounding blanks removed and line breaks as {@code \n} only.
     * Browsers send a textarea's line breaks as {@code \r\n}; stored as typed, they would reach the
     * open data as {@code \r\n}. Null stays null.
     */
    public static String normalise(String text) {
        return text == null ? null : normaliseLineBreaks(text).strip();
    }

    /** {@code \r\n} and a lone {@code \r} become {@code \n}. */
    public static String normaliseLineBreaks(String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
