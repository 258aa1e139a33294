package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Action;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Entity;
import fr.gouv.sante.jalons.publication.PublicRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The writes of a publication, shared by publishing and by its preview (which rolls them back): the
 * period, the public record, each report and its figures.
 */
@Component
class PublicationWrites {

    private final CampaignSupport campaign;
    private final ReportingPeriodRepository periods;
    private final PublicRecord record;
    private final MeasurementRepository measurements;

    PublicationWrites(
            CampaignSupport campaign,
            ReportingPeriodRepository periods,
            PublicRecord record,
            MeasurementRepository measurements) {
        this.campaign = campaign;
        this.periods = periods;
        this.record = record;
        this.measurements = measurements;
    }

    /** The publication's writes: the period, the publication, each report, its revision and figures. */
    int apply(
            CurrentUser admin,
            ReportingPeriod period,
            List<ProgressReport> validated,
            Instant now,
            @Nullable String text,
            boolean audited) {
        int number = period.publish(now);
        periods.saveAndFlush(period);
        record.publish(new PublicRecord.NewPublication(
                period.getId(),
                number,
                now,
                admin.id(),
                text,
                validated.stream()
                        .map(report -> new PublicRecord.PublishedContent(
                                report.getId(), report.reviewedStatus(), report.reviewedNarrative()))
                        .toList()));
        for (ProgressReport report : validated) {
            Map<String, Object> before = report.snapshot();
            report.publish(now);
            for (Measurement measurement : measurements.findByReportIdAndPublishedAtIsNull(report.getId())) {
                measurement.publish(now);
            }
            if (audited) {
                campaign.audit(
                        admin,
                        Entity.PROGRESS_REPORT,
                        report.getId(),
                        report.getObjectiveId(),
                        Action.PUBLISHED,
                        before,
                        report.snapshot());
            }
        }
        return number;
    }

    /** Sends the pending writes to the database, so that a reading in the same transaction sees them. */
    void flush() {
        measurements.flush();
    }
}
