package fr.gouv.sante.jalons.campaign;

/**
 * The DNS sent a submitted report back with a comment.
 *
 * @param submittedBy the account that submitted it (null if unknown)
 */
public record ReportSentBack(
        String objectiveCode, String objectiveTitle, String period, String comment, Long submittedBy) {}
