package fr.gouv.sante.jalons.signatory;

import fr.gouv.sante.jalons.shared.LuhnKey;
import fr.gouv.sante.jalons.shared.MalformedInputException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A company's SIREN, the 9-digit number of the French business register, whose last digit is a Luhn
 * key: the digits, doubled one in two from the right (the 2nd, 4th, 6th and 8th from the left), add up
 * to a multiple of 10. People type it with spaces ("732 829 320"); it is stored and compared as digits.
 */
public record Siren(String digits) {

    /** Why a typed SIREN is refused; its name ends the message key of the field's error. */
    public enum Problem {
        MISSING("required"),
        FORMAT("format"),
        KEY("key");

        private final String suffix;

        Problem(String suffix) {
            this.suffix = suffix;
        }

        /** The message key {@code prefix.suffix}, e.g. {@code charter.signatory.siren.key}. */
        public String key(String prefix) {
            return prefix + "." + suffix;
        }
    }

    public Siren {
        if (check(digits).isPresent() || digits.length() != 9) {
            throw new MalformedInputException("siren", digits);
        }
    }

    /** The SIREN typed, spaces allowed between digits; empty when it is not one (see {@link #check}). */
    public static Optional<Siren> parse(@Nullable String typed) {
        return typed == null || check(typed).isPresent() ? Optional.empty() : Optional.of(new Siren(compact(typed)));
    }

    /**
     * What is wrong with a typed SIREN, in this order: nothing typed, not 9 digits (spaces between
     * them aside), a wrong Luhn key. Empty when it is a SIREN.
     */
    public static Optional<Problem> check(@Nullable String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.of(Problem.MISSING);
        }
        String digits = compact(typed);
        if (!digits.matches("[0-9]{9}")) {
            return Optional.of(Problem.FORMAT);
        }
        return LuhnKey.holds(digits) ? Optional.empty() : Optional.of(Problem.KEY);
    }

    /** Ordinary, no-break and narrow no-break spaces are how people group the digits; nothing else is dropped. */
    private static String compact(String typed) {
        return typed.strip().replaceAll("[ \\u00a0\\u202f]", "");
    }

    /**
     * "732 829 320", as the register prints it: three groups joined by no-break spaces, as French
     * typography groups digits, so that the number never breaks across lines.
     */
    public String formatted() {
        return digits.substring(0, 3) + "\u00a0" + digits.substring(3, 6) + "\u00a0" + digits.substring(6);
    }

    @Override
    public String toString() {
        return digits;
    }
}
