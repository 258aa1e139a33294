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
 * @param publishedBy the id of the administrator who published it, for the audit trail of what the
 *     publication carries along
 * @param publishedByLabel that administrator as the audit trail names them
 */
public record PeriodPublished(
        String period, int publication, Instant publishedAt, int reports, long publishedBy, String publishedByLabel) {

    public boolean supplementary() {
        return publication > 1;
    }
}
