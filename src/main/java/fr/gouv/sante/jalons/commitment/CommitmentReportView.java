package fr.gouv.sante.jalons.commitment;

import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A State commitment's report in the period taking reports, as its form shows it.
 *
 * @param period the period's code; null when no campaign is open
 * @param state {@code TODO} while no report was started
 * @param version null while no report was started
 * @param canEdit whether this person may change it now (a lead's editor or an administrator, while it
 *     is a draft or sent back)
 */
public record CommitmentReportView(
        int number,
        String text,
        List<String> leads,
        @Nullable String period,
        ReportState state,
        @Nullable ProgressStatus status,
        String narrative,
        @Nullable String reviewComment,
        @Nullable Long version,
        @Nullable String updatedBy,
        @Nullable Instant updatedAt,
        boolean canEdit) {

    public CommitmentReportView {
        leads = List.copyOf(leads);
    }
}
