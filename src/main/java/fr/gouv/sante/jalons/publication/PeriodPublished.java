package fr.gouv.sante.jalons.publication;

import java.time.Instant;

/**
 * A period was published: its validated progress reports are now public. Sent for the first
 * publication of a period ({@code publication} 1) and for each supplementary one adding late
 * reports, after which the public read models must be rebuilt.
 *
 * @param period the period's code, e.g. {@code 2025-S1}
 * @param publication the number of this publication of the period, from 1
 * @param reports how many reports this publication made public
 */
public record PeriodPublished(String period, int publication, Instant publishedAt, int reports) {

    public boolean supplementary() {
        return publication > 1;
    }
}
