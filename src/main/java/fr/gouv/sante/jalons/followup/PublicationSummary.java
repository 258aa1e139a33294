package fr.gouv.sante.jalons.followup;

import fr.gouv.sante.jalons.publication.PeriodSummary;
import java.util.List;

/**
 * What a publication would do, shown before the administrator confirms it: the validated reports
 * that become public and, by organisation, what stays out.
 *
 * @param publicationNumber 1 for the first publication of the period, then 2, 3... for the
 *                          supplementary ones that add late reports
 * @param periodVersion the period's version, carried by the confirmation
 * @param toPublish codes of the validated reports this publication makes public
 */
public record PublicationSummary(
        PeriodSummary period,
        long periodVersion,
        int publicationNumber,
        List<String> toPublish,
        List<String> alreadyPublished,
        List<OrganisationLeftOut> organisations) {

    public PublicationSummary {
        toPublish = List.copyOf(toPublish);
        alreadyPublished = List.copyOf(alreadyPublished);
        organisations = List.copyOf(organisations);
    }

    public boolean supplementary() {
        return publicationNumber > 1;
    }

    /** Nothing validated: the publication would be refused. */
    public boolean nothingToPublish() {
        return toPublish.isEmpty();
    }

    /**
     * An organisation's objectives (designated pilot or not) whose report stays private after this
     * publication: submitted but not validated, a draft (or sent back), or nothing at all.
     */
    public record OrganisationLeftOut(
            String acronym,
            int objectives,
            List<String> published,
            List<String> toPublish,
            List<String> submitted,
            List<String> drafts,
            List<String> nothing) {

        public OrganisationLeftOut {
            published = List.copyOf(published);
            toPublish = List.copyOf(toPublish);
            submitted = List.copyOf(submitted);
            drafts = List.copyOf(drafts);
            nothing = List.copyOf(nothing);
        }

        public boolean complete() {
            return submitted.isEmpty() && drafts.isEmpty() && nothing.isEmpty();
        }
    }
}
