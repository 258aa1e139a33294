package fr.gouv.sante.jalons.notification.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.followup.CampaignFollowUp;
import fr.gouv.sante.jalons.notification.CampaignReminders;
import fr.gouv.sante.jalons.notification.ReminderPlan;
import fr.gouv.sante.jalons.shared.DatabaseOutage;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * JdbcCampaignReminders to the lead organisations whose objectives are not all submitted: {@code days-before}
 * the due date (14, 7 and 1 days by default) to their editors, then every week after it to their
 * editors and readers; and at once when an administrator asks for it ("Relancer maintenant"). Only
 * the objectives an organisation must update count (see {@code ReportingRule}). An account whose
 * invitation is pending cannot sign in: it gets the invitation again instead of the reminder. An
 * organisation nobody can be written to is recorded as such, so that every run says who it missed.
 *
 * <p>Each reminder goes once per organisation: its key (period, organisation, reminder) is inserted
 * in {@code campaign_reminder}, whose unique constraint lets only one transaction through, in the
 * transaction that queues its mails. Two nodes running the job at once, or a restart, send nothing twice.
 */
@Service
class JdbcCampaignReminders implements CampaignReminders {

    private static final Logger LOG = LoggerFactory.getLogger(JdbcCampaignReminders.class);

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final CampaignFollowUp followUp;
    private final AccessPolicy policy;
    private final ReminderCalendar calendar;
    private final ReminderPlans plans;
    private final ReminderSender sender;
    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcCampaignReminders(
            CampaignFollowUp followUp,
            AccessPolicy policy,
            ReminderCalendar calendar,
            ReminderPlans plans,
            ReminderSender sender,
            JdbcClient jdbc,
            Clock clock) {
        this.followUp = followUp;
        this.policy = policy;
        this.calendar = calendar;
        this.plans = plans;
        this.sender = sender;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(cron = "${jalons.reminders.cron:0 0 8-18 * * MON-FRI}", zone = "Europe/Paris")
    void onSchedule() {
        try {
            sendDue(LocalDate.now(clock));
        } catch (RuntimeException e) {
            if (!DatabaseOutage.isCause(e)) {
                throw e;
            }
            // nothing was sent (the keys commit with the mails): the next run sends what is still due
            LOG.warn("Database unreachable: reminders left to the next run ({})", DatabaseOutage.describe(e));
        }
    }

    /**
     * Sends the reminder due on {@code today}, if any, to the organisations that did not get it yet.
     * A reminder missed (the application was down that day) is sent at the next run, unless a later
     * one is due by then: organisations never get two reminders at once.
     *
     * @return how many organisations were reminded or had invitations sent again
     */
    int sendDue(LocalDate today) {
        return followUp.openCampaign()
                .map(campaign -> {
                    String key = calendar.scheduledKey(campaign.dueOn(), today);
                    return key == null
                            ? 0
                            : (int) sender.send(campaign, key, today).organisations().stream()
                                    .filter(organisation -> !organisation.unreachable())
                                    .count();
                })
                .orElse(0);
    }

    @Override
    public Optional<ReminderPlan> plan(CurrentUser admin) {
        policy.requireAdmin(admin);
        LocalDate today = LocalDate.now(clock);
        return followUp.openCampaign().map(campaign -> plans.plan(campaign, campaign.pastDue(today)));
    }

    @Override
    public ReminderPlan sendNow(CurrentUser admin) {
        policy.requireAdmin(admin);
        // one key per minute: a double click does not send twice
        String key = "MANUEL-" + MINUTE.format(clock.instant().atZone(FrenchFormat.PARIS));
        return followUp.openCampaign()
                .map(campaign -> sender.send(campaign, key, LocalDate.now(clock)))
                .orElseGet(() -> new ReminderPlan("", false, List.of()));
    }

    @Override
    public Map<Long, Integer> sentByOrganisation(String period) {
        Map<Long, Integer> sent = new HashMap<>();
        jdbc.sql("""
                        select organisation_id, count(*) from campaign_reminder
                        where period_code = ? and recipients > 0 group by organisation_id""")
                .param(period)
                .query((rs, n) -> sent.put(rs.getLong(1), rs.getInt(2)))
                .list();
        return sent;
    }

    @Override
    public List<ReminderOutcome> history(CurrentUser admin, String period) {
        policy.requireAdmin(admin);
        return jdbc.sql("""
                        select r.reminder_key, r.sent_at, o.acronym, r.recipients, r.invitations, r.unreachable, r.objectives
                        from campaign_reminder r join organisation o on o.id = r.organisation_id
                        where r.period_code = ? order by r.sent_at desc, r.id desc""")
                .param(period)
                .query((rs, n) -> new ReminderOutcome(
                        rs.getString(1),
                        rs.getTimestamp(2).toInstant(),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getBoolean(6),
                        rs.getString(7)))
                .list();
    }
}
