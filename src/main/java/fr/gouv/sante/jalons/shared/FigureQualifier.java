package fr.gouv.sante.jalons.shared;

/**
 * How a document states a figure: exactly, "plus de" ({@code AT_LEAST}), "environ", "près de", "une
 * trentaine" ({@code ABOUT}), "au plus" ({@code AT_MOST}), or "+8 500" ({@code INCREASE}: a change over
 * the period, not a total). The words are in the message bundles under {@code figure.<CODE>}.
 */
public enum FigureQualifier {
    EXACT,
    AT_LEAST,
    ABOUT,
    AT_MOST,
    INCREASE;

    /** "plus de {0}", "environ {0}"... */
    public String messageKey() {
        return "figure." + name();
    }

    /** "au moins {0} %"... for a percentage computed from such a figure. */
    public String percentKey() {
        return "indicator.percent." + name();
    }

    /** A change is not a total: it cannot be compared with a target on its own. */
    public boolean comparableWithTarget() {
        return this != INCREASE;
    }
}
