package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Action;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Entity;
import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.publication.PublicRecord;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The writes of a publication, shared by publishing and by its preview (which rolls them back). The
 * 6,500 reports of a ministry-wide period are read as rows and changed by a few statements over their
 * ids: loaded and written as entities, they took seconds of the publishing request's CPU.
 */
@Component
class PublicationWrites {

    private final CampaignSupport campaign;
    private final ReportingPeriodRepository periods;
    private final PublicRecord record;
    private final JdbcClient jdbc;

    PublicationWrites(
            CampaignSupport campaign, ReportingPeriodRepository periods, PublicRecord record, JdbcClient jdbc) {
        this.campaign = campaign;
        this.periods = periods;
        this.record = record;
        this.jdbc = jdbc;
    }

    /** The validated reports; {@code locked}, none can be sent back until the transaction ends. */
    List<ValidatedReport> validated(ReportingPeriod period, boolean locked) {
        return jdbc.sql("""
                        select id, objective_id, status, narrative, review_comment
                        from progress_report
                        where period_id = :period and state = 'VALIDATED'
                        order by id""" + (locked ? " for update" : ""))
                .param("period", period.getId())
                .query(ValidatedReport.class)
                .list();
    }

    /** The publication's writes: the period, the publication, each report, its revision and figures. */
    int apply(
            CurrentUser admin,
            ReportingPeriod period,
            List<ValidatedReport> validated,
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
                        .map(report ->
                                new PublicRecord.PublishedContent(report.id(), report.status(), report.narrative()))
                        .toList()));
        Long[] ids = validated.stream().map(ValidatedReport::id).toArray(Long[]::new);
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        jdbc.sql("""
                        update measurement set published_at = :at
                        where published_at is null and report_id = any(cast(:ids as bigint[]))""").param("at", at).param("ids", ids).update();
        // the version moves as Hibernate's would: a form opened on the validated report is stale now
        int published = jdbc.sql("""
                        update progress_report
                        set state = 'PUBLISHED', published_at = :at, updated_at = :at, version = version + 1
                        where id = any(cast(:ids as bigint[])) and state = 'VALIDATED'""").param("at", at).param("ids", ids).update();
        if (published != ids.length) {
            throw new OptimisticLockingFailureException(
                    ids.length - published + " of the validated reports changed during the publication");
        }
        if (audited) {
            campaign.auditAll(validated.stream()
                    .map(report -> CampaignSupport.change(
                            admin,
                            Entity.PROGRESS_REPORT,
                            report.id(),
                            report.objectiveId(),
                            Action.PUBLISHED,
                            report.snapshot(period.getCode(), ReportState.VALIDATED),
                            report.snapshot(period.getCode(), ReportState.PUBLISHED)))
                    .toList());
        }
        return number;
    }

    /** A validated report: what becomes public, and what the history shows. */
    record ValidatedReport(
            long id,
            long objectiveId,
            ProgressStatus status,
            String narrative,
            @Nullable String reviewComment) {

        Map<String, Object> snapshot(String periodCode, ReportState state) {
            return ProgressReport.snapshot(periodCode, state, status, narrative, reviewComment);
        }
    }
}
