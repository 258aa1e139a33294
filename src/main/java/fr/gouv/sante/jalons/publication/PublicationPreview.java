package fr.gouv.sante.jalons.publication;

import fr.gouv.sante.jalons.account.CurrentUser;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The public record as the publication the DNS is about to confirm would leave it, for a preview:
 * nothing is saved, audited nor announced.
 */
public interface PublicationPreview {

    /**
     * Runs {@code reading} against the published data as if every validated report of the open
     * period were published now (with this synthesis), then forgets those writes.
     *
     * @throws InputRefused when no period takes reports, nothing is validated, or the synthesis
     *                        breaks the text rules
     */
    <T> T asIfPublished(CurrentUser admin, @Nullable String synthesis, Reading<T> reading);

    /** Codes of the objectives whose validated reports the publication would make public. */
    List<String> objectivesToPublish(CurrentUser admin);

    /** What is read from the published data during the preview. */
    @FunctionalInterface
    interface Reading<T> {

        /**
         * Reads what the preview needs while the publication's writes are in place.
         *
         * @param period the period being published
         * @param publication the number the publication would get
         * @param at the instant it would be published at
         */
        T read(String period, int publication, Instant at);
    }
}
