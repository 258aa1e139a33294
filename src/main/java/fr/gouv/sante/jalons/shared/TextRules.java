package fr.gouv.sante.jalons.shared;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/**
 * Rules every free text typed by a person must follow before it is stored or looked up: written
 * here once, so that every form and service refuses the same texts for the same reasons.
 */
public final class TextRules {

    /** What is wrong with a typed text; its suffix ends the message key of the field's error. */
    public enum Problem {
        MISSING("required"),
        TOO_LONG("too-long"),
        CONTROL_CHARACTERS("control"),
        INVALID_CHARACTERS("characters"),
        LINE_BREAK("line-break");

        private final String suffix;

        Problem(String suffix) {
            this.suffix = suffix;
        }

        /** The message key {@code prefix.suffix}, e.g. {@code report.narrative.too-long}. */
        public String key(String prefix) {
            return prefix + "." + suffix;
        }
    }

    private TextRules() {}

    /**
     * The first rule a required text breaks, checked in this order: empty or blank, longer than
     * {@code maxLength} characters, control characters, invalid characters (see
     * {@link #hasInvalidCharacters}). Empty when the text is acceptable.
     */
    public static Optional<Problem> check(@Nullable String text, int maxLength) {
        if (text == null || text.isBlank()) {
            return Optional.of(Problem.MISSING);
        }
        if (text.length() > maxLength) {
            return Optional.of(Problem.TOO_LONG);
        }
        if (hasControlCharacters(text)) {
            return Optional.of(Problem.CONTROL_CHARACTERS);
        }
        if (hasInvalidCharacters(text)) {
            return Optional.of(Problem.INVALID_CHARACTERS);
        }
        return Optional.empty();
    }

    /** As {@link #check}, for a text that must also hold on one line (a name, an e-mail address). */
    public static Optional<Problem> checkLine(@Nullable String text, int maxLength) {
        Optional<Problem> problem = check(text, maxLength);
        if (problem.isEmpty() && text != null && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
            return Optional.of(Problem.LINE_BREAK);
        }
        return problem;
    }

    /** Whether a required text breaks none of the rules of {@link #check}. */
    public static boolean isAcceptable(@Nullable String text, int maxLength) {
        return check(text, maxLength).isEmpty();
    }

    /**
     * Whether a text, possibly empty, can be looked up at all: at most {@code maxLength} characters
     * and no forbidden characters. Longer or stranger texts match nothing, so they need no query.
     */
    public static boolean fits(@Nullable String text, int maxLength) {
        return text == null || (text.length() <= maxLength && !hasForbiddenCharacters(text));
    }

    /** Whether a text holds a character no text may hold: a control or an invalid character. */
    public static boolean hasForbiddenCharacters(@Nullable String text) {
        return hasControlCharacters(text) || hasInvalidCharacters(text);
    }

    /**
     * Control characters other than line breaks and tabs (NUL, bell, escape...) have no place in
     * text people read, and PostgreSQL refuses NUL outright.
     */
    static boolean hasControlCharacters(@Nullable String text) {
        return text != null
                && text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }

    /**
     * Unicode non-characters (U+FDD0 to U+FDEF, and the last two code points of every plane: U+FFFE,
     * U+FFFF, U+1FFFE...) and lone surrogates are no text at all: XML cannot carry U+FFFE, U+FFFF or
     * a lone surrogate (a feed holding one is no longer a feed), and the others mean nothing to a
     * reader either.
     */
    static boolean hasInvalidCharacters(@Nullable String text) {
        if (text == null) {
            return false;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if ((c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE)
                    || (c >= 0xFDD0 && c <= 0xFDEF)
                    || (c & 0xFFFE) == 0xFFFE) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /**
     * The text as it is stored: surrounding blanks removed and line breaks as {@code \n} only.
     * Browsers send a textarea's line breaks as {@code \r\n}; stored as typed, they would reach the
     * open data as {@code \r\n}. Null stays null.
     */
    @Contract("null -> null; !null -> !null")
    public static @Nullable String normalise(@Nullable String text) {
        return text == null ? null : normaliseLineBreaks(text).strip();
    }

    /** {@code \r\n} and a lone {@code \r} become {@code \n}. */
    @Contract("null -> null; !null -> !null")
    public static @Nullable String normaliseLineBreaks(@Nullable String text) {
        return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
