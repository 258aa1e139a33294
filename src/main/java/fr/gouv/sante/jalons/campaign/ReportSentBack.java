package fr.gouv.sante.jalons.campaign;

import org.jspecify.annotations.Nullable;

/**
 * The DNS sent a submitted report back with a comment.
 *
 * @param submittedBy the account that submitted it (null if unknown)
 */
public record ReportSentBack(
        String objectiveCode,
        String objectiveTitle,
        String period,
        String comment,
        @Nullable Long submittedBy) {}
