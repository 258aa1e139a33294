package fr.gouv.sante.jalons.campaign;

import fr.gouv.sante.jalons.publication.PeriodSummary;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The campaign as it stands, read-only and with no rights check: what its follow-up (the DNS's
 * overview, the reminders, the exports) is made of. Callers check their own callers.
 */
public interface CampaignQueries {

    /** The period taking reports (open, or published and still taking late ones), if any. */
    Optional<OpenCampaign> openCampaign();

    /** The code of the period taking reports (open, or published and still taking late ones), if any. */
    Optional<String> openPeriod();

    /** The code of the roadmap's latest period, whatever its state. */
    Optional<String> latestPeriod();

    /** The reports of closed periods that were never published, kept for the record; newest period first. */
    List<KeptReport> keptReports();

    /** Every report of the roadmap's periods, newest period first. */
    List<PeriodReport> reportsByPeriod();

    /** A report of a period, by id, with its objective and its version. */
    record PeriodReport(String period, long reportId, long objectiveId, long version) {}

    /**
     * The period taking reports and its reports.
     *
     * @param version the period's version, which the forms acting on it carry
     * @param publications how many times the period was published (0 while open)
     * @param reports the reports started in it: an objective without one has no row
     */
    record OpenCampaign(
            PeriodSummary period, @Nullable LocalDate dueOn, long version, int publications, List<Report> reports) {

        public OpenCampaign {
            reports = List.copyOf(reports);
        }
    }

    /**
     * A report a period kept when it closed: never published, and now never will be.
     *
     * @param publications how many times its period was published
     */
    record KeptReport(
            String period,
            int publications,
            long objectiveId,
            ReportState state,
            @Nullable Instant updatedAt) {}

    /**
     * One objective's report in that period.
     *
     * @param updatedBy the account that last changed it
     */
    record Report(
            long objectiveId,
            ReportState state,
            @Nullable Long updatedBy,
            @Nullable Instant updatedAt,
            @Nullable Instant submittedAt) {}
}
