package fr.gouv.sante.jalons.campaign;

import fr.gouv.sante.jalons.publication.PeriodSummary;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * "Mes objectifs": the objectives a user's organisation leads (all of them for an administrator)
 * and the state of their report in the open period. {@code period} is null when no campaign is open.
 */
public record Workspace(@Nullable PeriodSummary period, java.time.@Nullable LocalDate dueOn, List<Item> items) {

    public Workspace {
        items = List.copyOf(items);
    }

    /**
     * One objective and its report's state; {@code pilot} is the owner the DNS designated as pilot (null
     * for none); {@code version} is null while it has no report in the period; {@code mustReport}
     * whether the user's organisation must update it (always true for an administrator).
     */
    public record Item(
            String code,
            String title,
            List<String> owners,
            @Nullable String pilot,
            ReportState state,
            @Nullable Instant updatedAt,
            boolean canEdit,
            @Nullable Long version,
            boolean mustReport) {

        public Item {
            owners = List.copyOf(owners);
        }
    }
}
