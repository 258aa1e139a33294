package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Action;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Entity;
import fr.gouv.sante.jalons.publication.PublicRecord;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The writes of a publication, shared by publishing and by its preview (which rolls them back): the
 * period, the public record, each report and its figures.
 */
@Component
class PublicationWrites {

    /**
     * Statements per batch, and report ids per statement: a period of the whole ministry holds about
     * 6,500 reports, which one by one took seconds of round trips.
     */
    static final int CHUNK = 500;

    private final CampaignSupport campaign;
    private final ReportingPeriodRepository periods;
    private final PublicRecord record;
    private final MeasurementRepository measurements;
    private final EntityManager entityManager;

    PublicationWrites(
            CampaignSupport campaign,
            ReportingPeriodRepository periods,
            PublicRecord record,
            MeasurementRepository measurements,
            EntityManager entityManager) {
        this.campaign = campaign;
        this.periods = periods;
        this.record = record;
        this.measurements = measurements;
        this.entityManager = entityManager;
    }

    /** The publication's writes: the period, the publication, each report, its revision and figures. */
    int apply(
            CurrentUser admin,
            ReportingPeriod period,
            List<ProgressReport> validated,
            Instant now,
            @Nullable String text,
            boolean audited) {
        Session session = entityManager.unwrap(Session.class);
        // read-only until each changes (its version still checked), or every flush before (one per
        // statement on the figures...) and each query after would dirty-check them all
        validated.forEach(report -> session.setReadOnly(report, true));
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
        List<Long> ids = validated.stream().map(ProgressReport::getId).toList();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            measurements.publishOf(ids.subList(from, Math.min(ids.size(), from + CHUNK)), now);
        }
        // thousands of reports change state: their updates go to the database in batches at the flush
        session.setJdbcBatchSize(CHUNK);
        List<ChangeRecorded> changes = new ArrayList<>(audited ? validated.size() : 0);
        for (ProgressReport report : validated) {
            Map<String, Object> before = report.snapshot();
            session.setReadOnly(report, false);
            report.publish(now);
            if (audited) {
                changes.add(CampaignSupport.change(
                        admin,
                        Entity.PROGRESS_REPORT,
                        report.getId(),
                        report.getObjectiveId(),
                        Action.PUBLISHED,
                        before,
                        report.snapshot()));
            }
        }
        session.flush();
        validated.forEach(session::detach);
        if (audited) {
            campaign.auditAll(changes);
        }
        return number;
    }

    /** Sends the pending writes to the database, so that a reading in the same transaction sees them. */
    void flush() {
        measurements.flush();
    }
}
