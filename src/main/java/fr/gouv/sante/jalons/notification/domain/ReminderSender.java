package fr.gouv.sante.jalons.notification.domain;

import fr.gouv.sante.jalons.account.PasswordLinks;
import fr.gouv.sante.jalons.followup.CampaignFollowUp.CampaignStatus;
import fr.gouv.sante.jalons.followup.CampaignFollowUp.Row;
import fr.gouv.sante.jalons.notification.ReminderPlan;
import fr.gouv.sante.jalons.notification.domain.MailQueue.MailKind;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends one reminder to the organisations it has not reached yet. Each goes once per organisation: its
 * key (period, organisation, reminder) is inserted in {@code campaign_reminder}, whose unique
 * constraint lets only one transaction through, in the transaction that queues its mails.
 */
@Component
class ReminderSender {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderSender.class);

    private final ReminderPlans plans;
    private final MailQueue queue;
    private final MailTemplates templates;
    private final CampaignMails campaignMails;
    private final PasswordLinks links;
    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;

    ReminderSender(
            ReminderPlans plans,
            MailQueue queue,
            MailTemplates templates,
            CampaignMails campaignMails,
            PasswordLinks links,
            JdbcClient jdbc,
            PlatformTransactionManager transactions) {
        this.plans = plans;
        this.queue = queue;
        this.templates = templates;
        this.campaignMails = campaignMails;
        this.links = links;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
    }

    /** Returns what was done: the organisations this reminder had not reached yet. */
    ReminderPlan send(CampaignStatus campaign, String key, LocalDate today) {
        ReminderPlan plan = plans.plan(campaign, campaign.pastDue(today));
        Map<Long, List<Row>> missing = campaign.missing().stream()
                .collect(Collectors.groupingBy(Row::organisationId, LinkedHashMap::new, Collectors.toList()));
        List<ReminderPlan.Organisation> done = new ArrayList<>();
        for (ReminderPlan.Organisation organisation : plan.organisations()) {
            Boolean sent = transaction.execute(tx -> remind(
                    campaign,
                    organisation,
                    missing.getOrDefault(organisation.id(), List.of()),
                    key,
                    plan.late(),
                    today));
            if (Boolean.TRUE.equals(sent)) {
                done.add(organisation);
            }
        }
        if (!plan.unreachable().isEmpty()) {
            LOG.info(
                    "Reminder {} for {}: no account can receive it in {}",
                    key,
                    campaign.period(),
                    plan.unreachable().stream()
                            .map(ReminderPlan.Organisation::acronym)
                            .collect(Collectors.joining(", ")));
        }
        return new ReminderPlan(plan.period(), plan.late(), done);
    }

    /**
     * Records the reminder for this organisation (once per key, even when nobody can be written to, so
     * that the run says so), then queues the reminder to its active accounts and the invitation again
     * to those that never chose a password.
     */
    private boolean remind(
            CampaignStatus campaign,
            ReminderPlan.Organisation organisation,
            List<Row> missing,
            String key,
            boolean late,
            LocalDate today) {
        String codes = String.join(", ", organisation.objectives());
        int inserted = jdbc.sql("""
                insert into campaign_reminder
                    (period_code, organisation_id, reminder_key, sent_at, recipients, objectives, invitations, unreachable)
                values (?, ?, ?, now(), ?, ?, ?, ?)
                on conflict on constraint uq_campaign_reminder do nothing""")
                .params(
                        campaign.period(),
                        organisation.id(),
                        key,
                        organisation.reminded().size(),
                        codes,
                        organisation.invited().size(),
                        organisation.unreachable())
                .update();
        if (inserted == 0) {
            return false;
        }
        for (ReminderPlan.Person invited : organisation.invited()) {
            links.remindInvitation(invited.userId(), templates.subject("mail.reminder.invited-by"));
        }
        if (organisation.reminded().isEmpty()) {
            return true;
        }
        String period = campaignMails.periodLabel(campaign.period());
        long days = Math.abs(ChronoUnit.DAYS.between(today, campaign.dueOn()));
        String subject = late
                ? templates.subject("mail.reminder.late.subject", period)
                : templates.subject("mail.reminder.subject", period, FrenchFormat.date(campaign.dueOn()));
        for (ReminderPlan.Person recipient : organisation.reminded()) {
            String body = templates.body(
                    "reminder",
                    Map.of(
                            "name",
                            recipient.displayName(),
                            "period",
                            period,
                            "dueOn",
                            FrenchFormat.date(campaign.dueOn()),
                            "late",
                            late,
                            "days",
                            days,
                            "organisation",
                            organisation.acronym(),
                            "objectives",
                            missing,
                            "workspace",
                            templates.link("/espace")));
            queue.queue(MailKind.REMINDER, recipient.email(), subject, body, false);
        }
        return true;
    }
}
