package fr.gouv.sante.jalons.bilan;

import java.time.Instant;

/**
 * A numbered edition of a period's semester report: 1 for the first publication, 2 and more for
 * supplementary ones. {@code sha256} and {@code size} are set once it is {@code READY}.
 */
public record EditionSummary(
        long id,
        String periodCode,
        int number,
        Instant publishedAt,
        EditionState state,
        String sha256,
        Integer size,
        Instant generatedAt,
        String failure) {

    public boolean ready() {
        return state == EditionState.READY;
    }
}
