package fr.gouv.sante.jalons.followup.domain;

import fr.gouv.sante.jalons.campaign.CampaignAudit;
import fr.gouv.sante.jalons.publication.PeriodPublished;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.ChangesRecorded;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The campaign's own counters, exported with the other metrics ({@code jalons_reports_submitted_total},
 * {@code jalons_reports_validated_total}, {@code jalons_publications_total}). They listen to the events
 * the modules already publish, after the commit: a change rolled back is not counted.
 */
@Component
class CampaignMetrics {

    private final Counter submitted;
    private final Counter validated;
    private final Counter publications;
    private final Counter publishedReports;

    CampaignMetrics(MeterRegistry registry) {
        submitted = Counter.builder("jalons.reports.submitted")
                .description("Progress reports submitted for review")
                .register(registry);
        validated = Counter.builder("jalons.reports.validated")
                .description("Progress reports validated by the DNS")
                .register(registry);
        publications = Counter.builder("jalons.publications")
                .description("Publications of a period (first and supplementary)")
                .register(registry);
        publishedReports = Counter.builder("jalons.publications.reports")
                .description("Progress reports made public by the publications")
                .register(registry);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ChangeRecorded change) {
        if (!CampaignAudit.Entity.PROGRESS_REPORT.name().equals(change.entityType())) {
            return;
        }
        CampaignAudit.Action.stored(change.action()).ifPresent(action -> {
            if (action.submission()) {
                submitted.increment();
            } else if (action == CampaignAudit.Action.VALIDATED) {
                validated.increment();
            }
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(ChangesRecorded changes) {
        changes.changes().forEach(this::on);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void on(PeriodPublished event) {
        publications.increment();
        publishedReports.increment(event.reports());
    }
}
