package fr.gouv.sante.jalons.followup;

import fr.gouv.sante.jalons.shared.ProgressStatus;

/**
 * A published status reconstructed from a document's text, for the DNS to confirm or change (through
 * the campaign's {@link fr.gouv.sante.jalons.campaign.StatusConfirmation}).
 *
 * @param version the report's version, sent back with the decision
 */
public record InferredStatus(
        String objectiveCode,
        String objectiveTitle,
        String period,
        ProgressStatus status,
        String narrative,
        long version) {}
