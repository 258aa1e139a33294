package fr.gouv.sante.jalons.publication;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Where the public version of one objective's report for one period comes from: taken over with the
 * reference data (never submitted, never published by anyone in Jalons), or entered in Jalons and
 * published by the DNS.
 *
 * @param revision the public revision (1 = as first published, more = corrected since)
 * @param publishedAt when that revision was published
 * @param enteredInJalons submitted or published by someone in Jalons, not taken over with the reference data
 * @param submittedByOrganisationId the organisation of the person who submitted it, null if none (taken
 *                                  over, or entered by the DNS itself)
 */
public record ReportOrigin(
        long objectiveId,
        String period,
        int revision,
        Instant publishedAt,
        boolean enteredInJalons,
        @Nullable Long submittedByOrganisationId) {}
