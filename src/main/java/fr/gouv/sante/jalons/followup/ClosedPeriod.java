package fr.gouv.sante.jalons.followup;

import fr.gouv.sante.jalons.campaign.ReportState;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A period closed by the opening of the next campaign, with the reports it kept that were never
 * published (drafts, submitted, validated too late): visible to administrators, never public.
 */
public record ClosedPeriod(String code, int publications, List<KeptReport> keptReports) {

    public ClosedPeriod {
        keptReports = List.copyOf(keptReports);
    }

    public record KeptReport(
            String objectiveCode,
            String objectiveTitle,
            ReportState state,
            @Nullable Instant updatedAt) {}
}
