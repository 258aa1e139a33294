package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Action;
import fr.gouv.sante.jalons.campaign.CampaignAudit.Entity;
import fr.gouv.sante.jalons.publication.PeriodPublished;
import fr.gouv.sante.jalons.publication.PublicationPreview;
import fr.gouv.sante.jalons.shared.InputRefused;
import fr.gouv.sante.jalons.shared.StaleVersion;
import fr.gouv.sante.jalons.shared.TextRules;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Publishing the open period's validated reports, first or supplementary publication, and its dry run. */
@Service
class PeriodPublishing {

    /** As the check constraint on {@code publication.synthesis}: a few pages of text. */
    static final int MAX_SYNTHESIS = 10_000;

    private final AccessPolicy policy;
    private final CampaignSupport campaign;
    private final PublicationWrites writes;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate writing;

    PeriodPublishing(
            AccessPolicy policy,
            CampaignSupport campaign,
            PublicationWrites writes,
            ApplicationEventPublisher events,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.policy = policy;
        this.campaign = campaign;
        this.writes = writes;
        this.events = events;
        this.clock = clock;
        this.writing = new TransactionTemplate(transactions);
    }

    int publish(CurrentUser admin, long periodVersion, @Nullable Integer expectedReports, @Nullable String synthesis) {
        policy.requireAdmin(admin);
        String text = synthesis(synthesis);
        PeriodPublished published;
        try {
            published = writing.execute(tx -> {
                ReportingPeriod period = campaign.lockOpenPeriod()
                        .orElseThrow(() -> new InputRefused(Map.of("period", "report.period.none")));
                StaleVersion.check(periodVersion, period.getVersion());
                List<PublicationWrites.ValidatedReport> validated = writes.validated(period, true);
                if (validated.isEmpty()) {
                    throw new InputRefused(Map.of("period", "campaign.publish.nothing"));
                }
                if (expectedReports != null && expectedReports != validated.size()) {
                    throw new InputRefused(Map.of("period", "campaign.publish.changed"));
                }
                Instant now = clock.instant();
                int number = writes.apply(admin, period, validated, now, text, true);
                campaign.audit(
                        admin,
                        Entity.REPORTING_PERIOD,
                        period.getCode(),
                        null,
                        Action.PUBLISHED,
                        null,
                        Map.of("period", period.getCode(), "publication", number, "reports", validated.size()));
                PeriodPublished event =
                        new PeriodPublished(period.getCode(), number, now, validated.size(), admin.id(), admin.label());
                events.publishEvent(event);
                return event;
            });
        } catch (StaleVersion | OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new InputRefused(Map.of("period", "campaign.publish.stale"));
        }
        return published.reports();
    }

    /**
     * Reads the public record as the publication confirmed now would leave it: the very steps of
     * {@link #publish} run in a transaction that is rolled back once {@code reading} has read, so
     * nothing is saved, audited or announced, and what is read is what publishing would make public.
     */
    <T> T asIfPublished(CurrentUser admin, @Nullable String synthesis, PublicationPreview.Reading<T> reading) {
        policy.requireAdmin(admin);
        String text = synthesis(synthesis);
        return writing.execute(tx -> {
            tx.setRollbackOnly();
            ReportingPeriod period =
                    campaign.openPeriod().orElseThrow(() -> new InputRefused(Map.of("period", "report.period.none")));
            List<PublicationWrites.ValidatedReport> validated = writes.validated(period, false);
            if (validated.isEmpty()) {
                throw new InputRefused(Map.of("period", "campaign.publish.nothing"));
            }
            Instant now = clock.instant();
            int number = writes.apply(admin, period, validated, now, text, false);
            return reading.read(period.getCode(), number, now);
        });
    }

    private @Nullable String synthesis(@Nullable String synthesis) {
        String text = synthesis == null || synthesis.isBlank() ? null : TextRules.normalise(synthesis);
        if (text != null) {
            TextRules.check(text, MAX_SYNTHESIS).ifPresent(problem -> {
                throw new InputRefused(Map.of("synthesis", problem.key("publication.synthesis")));
            });
        }
        return text;
    }
}
