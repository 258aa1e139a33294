package fr.gouv.sante.jalons.organisation;

import fr.gouv.sante.jalons.shared.LuhnKey;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A SIRET as INSEE defines it: 14 digits whose Luhn key holds; La Poste's establishments (SIREN
 * 356 000 000), too many for Luhn's keys, have digits adding up to a multiple of 5 instead.
 */
public final class Siret {

    private static final String LA_POSTE = "356000000";

    private Siret() {}

    /**
     * The SIRET typed, without the spaces people put between its groups ({@code 110 020 013 00097}),
     * or empty when it is not one.
     */
    public static Optional<String> parse(@Nullable String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[ \\u00a0\\u202f]", "");
        if (!digits.matches("[0-9]{14}")) {
            return Optional.empty();
        }
        boolean valid = LuhnKey.holds(digits) || (digits.startsWith(LA_POSTE) && digitSum(digits) % 5 == 0);
        return valid ? Optional.of(digits) : Optional.empty();
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }
}
