package fr.gouv.sante.jalons.shared;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/** Decimal helpers for quantities read from numeric(18,2) columns. */
public final class Decimals {

    private Decimals() {}

    /**
     * "1 234,5", "1234.5" or "1 234" (French or plain notation); null when it is not a number. A number
     * too large for the database is still a number: the rules that receive it say it is too large.
     */
    public static @Nullable BigDecimal parseFrench(@Nullable String text) {
        if (text == null) {
            return null;
        }
        String plain = text.strip().replaceAll("[\\s\\u00a0\\u202f]", "").replace(',', '.');
        if (!plain.matches("-?[0-9]{1,60}(\\.[0-9]{1,10})?")) {
            return null;
        }
        return new BigDecimal(plain);
    }

    /** 36.00 becomes 36 and 2.50 becomes 2.5, never 3.6E+8: what a reader expects to see. */
    @Contract("null -> null; !null -> !null")
    public static @Nullable BigDecimal plain(@Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * A value to put back in a form field, written the French way ("1,5"), without grouping so that
     * {@link #parseFrench} reads it back unchanged; empty for null.
     */
    public static String forInput(@Nullable BigDecimal value) {
        return value == null ? "" : plain(value).toPlainString().replace('.', ',');
    }
}
