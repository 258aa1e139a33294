package fr.gouv.sante.jalons.shared;

/**
 * What a published status rests on. {@code DOCUMENTED}: entered and validated in a campaign, or
 * confirmed by the DNS. {@code INFERRED}: reconstructed from a document's text when the data was
 * taken over (the status was not in the text itself), so every output must say so.
 */
public enum StatusBasis {
    DOCUMENTED,
    INFERRED;

    public boolean inferred() {
        return this == INFERRED;
    }
}
