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
}
