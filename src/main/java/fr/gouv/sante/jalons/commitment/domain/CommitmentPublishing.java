package fr.gouv.sante.jalons.commitment.domain;

import fr.gouv.sante.jalons.campaign.ReportState;
import fr.gouv.sante.jalons.commitment.domain.CommitmentAudit.Action;
import fr.gouv.sante.jalons.commitment.domain.CommitmentAudit.Entity;
import fr.gouv.sante.jalons.commitment.domain.CommitmentSupport.Followed;
import fr.gouv.sante.jalons.publication.PeriodPublished;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Publishes the State commitments' validated reports with their period: listens within the
 * publication's transaction, so that the period and its commitments' reports are published together or
 * not at all. The publication itself announces the change of the public record, which clears the caches.
 */
@Component
class CommitmentPublishing {

    private final CommitmentSupport support;
    private final CommitmentReportRepository reports;

    CommitmentPublishing(CommitmentSupport support, CommitmentReportRepository reports) {
        this.support = support;
        this.reports = reports;
    }

    @EventListener
    void on(PeriodPublished published) {
        long periodId = support.periodId(published.period());
        Map<Long, Followed> commitments =
                support.followed().stream().collect(Collectors.toMap(Followed::id, Function.identity()));
        for (CommitmentReport report : reports.findByPeriodIdAndState(periodId, ReportState.VALIDATED)) {
            Map<String, Object> before = report.snapshot(published.period());
            report.publish(published.publishedAt());
            Followed commitment = commitments.get(report.getCommitmentId());
            support.audit(
                    published.publishedBy(),
                    published.publishedByLabel(),
                    Entity.COMMITMENT_REPORT,
                    commitment == null ? String.valueOf(report.getCommitmentId()) : commitment.anchor(),
                    Action.PUBLISHED,
                    before,
                    report.snapshot(published.period()));
        }
        reports.flush();
    }
}
