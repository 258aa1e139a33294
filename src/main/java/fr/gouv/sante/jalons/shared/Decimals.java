package fr.gouv.sante.jalons.shared;

import java.math.BigDecimal;

/** Decimal helpers for quantities read from numeric(18,2) columns. */
public final class Decimals {

    private Decimals() {
    }

    /** 36.00 becomes 36 and 2.50 becomes 2.5, never 3.6E+8: what a reader expects to see. */
    public static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
