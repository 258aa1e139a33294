package fr.gouv.sante.jalons.campaign.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.CampaignAudit;
import fr.gouv.sante.jalons.campaign.ReportingRule;
import fr.gouv.sante.jalons.campaign.ReportingRules;
import fr.gouv.sante.jalons.shared.ChangeRecorded;
import fr.gouv.sante.jalons.shared.InputRefused;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The one row of {@code reporting_rule}, changed with its version checked so that no change is lost. */
@Service
class JdbcReportingRules implements ReportingRules {

    private final JdbcClient jdbc;
    private final AccessPolicy policy;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcReportingRules(JdbcClient jdbc, AccessPolicy policy, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.policy = policy;
        this.events = events;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public ReportingRule current() {
        return jdbc.sql("select co_owners_report, version from reporting_rule where id = 1")
                .query((rs, n) -> new ReportingRule(rs.getBoolean(1), rs.getLong(2)))
                .optional()
                .orElse(ReportingRule.PILOT_ONLY);
    }

    @Override
    @Transactional
    public ReportingRule change(CurrentUser admin, boolean coOwnersReport, long version) {
        policy.requireAdmin(admin);
        ReportingRule before = current();
        int updated = jdbc.sql("""
                update reporting_rule
                set co_owners_report = ?, version = version + 1, updated_at = ?, updated_by = ?
                where id = 1 and version = ?""")
                .params(coOwnersReport, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), admin.id(), version)
                .update();
        if (updated == 0) {
            throw new InputRefused(Map.of("version", "reporting-rule.stale"));
        }
        events.publishEvent(new ChangeRecorded(
                admin.id(),
                admin.label(),
                CampaignAudit.Entity.REPORTING_RULE.name(),
                "1",
                null,
                CampaignAudit.Action.UPDATED.name(),
                Map.of("coOwnersReport", before.coOwnersReport()),
                Map.of("coOwnersReport", coOwnersReport)));
        return new ReportingRule(coOwnersReport, version + 1);
    }
}
