package fr.gouv.sante.jalons.notification.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.AccountDirectory;
import fr.gouv.sante.jalons.account.AccountDirectory.Member;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.notification.CampaignReminders;
import fr.gouv.sante.jalons.notification.domain.MailQueue.MailKind;
import fr.gouv.sante.jalons.progress.CampaignFollowUp;
import fr.gouv.sante.jalons.progress.CampaignFollowUp.CampaignStatus;
import fr.gouv.sante.jalons.progress.CampaignFollowUp.Row;
import fr.gouv.sante.jalons.shared.DatabaseOutage;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders to the lead organisations whose objectives are not all submitted: {@code days-before}
 * the due date (14, 7 and 1 days by default) to their editors, then every week after it to their
 * editors and readers; and at once when an administrator asks for it ("Relancer maintenant").
 *
 * <p>Each reminder goes once per organisation: its key (period, organisation, reminder) is inserted
 * in {@code campaign_reminder}, whose unique constraint lets only one transaction through, in the
 * transaction that queues its mails. Two nodes running the job at once, or a restart, send nothing twice.
 */
@Service
class Reminders implements CampaignReminders {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final CampaignFollowUp followUp;
    private final AccountDirectory directory;
    private final MailQueue queue;
    private final MailTemplates templates;
    private final CampaignMails campaignMails;
    private final AccessPolicy policy;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final TransactionTemplate transaction;
    private final List<Integer> daysBefore;

    Reminders(
            CampaignFollowUp followUp,
            AccountDirectory directory,
            MailQueue queue,
            MailTemplates templates,
            CampaignMails campaignMails,
            AccessPolicy policy,
            JdbcClient jdbc,
            Clock clock,
            PlatformTransactionManager transactions,
            @Value("${jalons.reminders.days-before:14,7,1}") List<Integer> daysBefore) {
        this.followUp = followUp;
        this.directory = directory;
        this.queue = queue;
        this.templates = templates;
        this.campaignMails = campaignMails;
        this.policy = policy;
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.daysBefore =
                daysBefore.stream().filter(days -> days > 0).sorted().distinct().toList();
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
     * @return how many organisations were reminded
     */
    int sendDue(LocalDate today) {
        return followUp.openCampaign()
                .map(campaign -> {
                    String key = scheduledKey(campaign.dueOn(), today);
                    return key == null ? 0 : send(campaign, key, today);
                })
                .orElse(0);
    }

    @Override
    public int sendNow(CurrentUser admin) {
        policy.requireAdmin(admin);
        // one key per minute: a double click does not send twice
        String key = "MANUEL-" + MINUTE.format(clock.instant().atZone(FrenchFormat.PARIS));
        return followUp.openCampaign()
                .map(campaign -> send(campaign, key, LocalDate.now(clock)))
                .orElse(0);
    }

    @Override
    public Map<Long, Integer> sentByOrganisation(String period) {
        Map<Long, Integer> sent = new HashMap<>();
        jdbc.sql(
                        "select organisation_id, count(*) from campaign_reminder where period_code = ? group by organisation_id")
                .param(period)
                .query((rs, n) -> sent.put(rs.getLong(1), rs.getInt(2)))
                .list();
        return sent;
    }

    /** J-14, J-7, J-1 before the due date (the latest one passed); RETARD-S1, -S2... each week after it. */
    String scheduledKey(LocalDate dueOn, LocalDate today) {
        if (dueOn == null) {
            return null;
        }
        if (today.isAfter(dueOn)) {
            long week = (ChronoUnit.DAYS.between(dueOn, today) - 1) / 7 + 1;
            return "RETARD-S" + week;
        }
        long left = ChronoUnit.DAYS.between(today, dueOn);
        return daysBefore.stream()
                .filter(days -> days >= left)
                .findFirst()
                .map(days -> "J-" + days)
                .orElse(null);
    }

    private int send(CampaignStatus campaign, String key, LocalDate today) {
        boolean late = campaign.pastDue(today);
        Map<Long, List<Row>> missing = campaign.missing().stream()
                .collect(Collectors.groupingBy(Row::organisationId, LinkedHashMap::new, Collectors.toList()));
        int reminded = 0;
        for (Map.Entry<Long, List<Row>> organisation : missing.entrySet()) {
            Boolean sent = transaction.execute(
                    tx -> remind(campaign, organisation.getKey(), organisation.getValue(), key, late, today));
            if (Boolean.TRUE.equals(sent)) {
                reminded++;
            }
        }
        return reminded;
    }

    private boolean remind(
            CampaignStatus campaign,
            long organisationId,
            List<Row> missing,
            String key,
            boolean late,
            LocalDate today) {
        Set<Role> roles = late ? Set.of(Role.EDITOR, Role.READER) : Set.of(Role.EDITOR);
        List<Member> recipients = directory.members(Set.of(organisationId), roles);
        if (recipients.isEmpty()) {
            return false;
        }
        String codes = missing.stream().map(Row::objectiveCode).collect(Collectors.joining(", "));
        int inserted = jdbc.sql("""
                insert into campaign_reminder (period_code, organisation_id, reminder_key, sent_at, recipients, objectives)
                values (?, ?, ?, now(), ?, ?)
                on conflict on constraint uq_campaign_reminder do nothing""")
                .params(campaign.period(), organisationId, key, recipients.size(), codes)
                .update();
        if (inserted == 0) {
            return false;
        }
        String period = campaignMails.periodLabel(campaign.period());
        long days = Math.abs(ChronoUnit.DAYS.between(today, campaign.dueOn()));
        String subject = late
                ? templates.subject("mail.reminder.late.subject", period)
                : templates.subject("mail.reminder.subject", period, FrenchFormat.date(campaign.dueOn()));
        for (Member recipient : recipients) {
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
                            missing.get(0).organisationAcronym(),
                            "objectives",
                            missing,
                            "workspace",
                            templates.link("/espace")));
            queue.queue(MailKind.REMINDER, recipient.email(), subject, body, false);
        }
        return true;
    }
}
