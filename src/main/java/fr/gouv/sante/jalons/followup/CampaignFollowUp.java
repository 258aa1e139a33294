package fr.gouv.sante.jalons.followup;

import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.campaign.ReportingRule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where each lead organisation stands in the open campaign, objective by objective: what the
 * reminders, the late organisations on {@code /admin} and the export are made of. No rights check:
 * for system jobs and for services that check the caller themselves.
 */
public interface CampaignFollowUp {

    /** The open campaign, if any. */
    Optional<CampaignStatus> openCampaign();

    /** The open campaign and one row per (lead organisation, objective), by organisation then roadmap order. */
    record CampaignStatus(String period, @Nullable LocalDate dueOn, List<Row> rows) {

        public CampaignStatus {
            rows = List.copyOf(rows);
        }

        /**
         * The rows of objectives not submitted yet (to do, draft or sent back) by an organisation that
         * must update them (see {@link ReportingRule}): what reminders and "late" are about.
         */
        public List<Row> missing() {
            return rows.stream().filter(Row::missing).toList();
        }

        /** Whether {@code today} is after the due date. */
        public boolean pastDue(LocalDate today) {
            return dueOn != null && today.isAfter(dueOn);
        }
    }

    /**
     * One objective of one lead organisation in the open period.
     *
     * @param lastSavedBy the account that last changed the report, null if none was started
     * @param submittedLate submitted after the end of the due date (Paris time)
     * @param pilot whether the DNS designated this organisation as the objective's pilot
     * @param mustReport whether this organisation must update it (see {@link ReportingRule})
     */
    record Row(
            long organisationId,
            String organisationAcronym,
            String objectiveCode,
            String objectiveTitle,
            ReportState state,
            @Nullable Long lastSavedBy,
            @Nullable Instant lastSavedAt,
            @Nullable Instant submittedAt,
            boolean submittedLate,
            boolean pilot,
            boolean mustReport) {

        public boolean missing() {
            return mustReport && state.editable();
        }
    }
}
