package fr.gouv.sante.jalons.notification.domain;

import fr.gouv.sante.jalons.account.AccessPolicy;
import fr.gouv.sante.jalons.account.AccountDirectory;
import fr.gouv.sante.jalons.account.AccountDirectory.Member;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.PasswordLinks;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.campaign.CampaignFollowUp;
import fr.gouv.sante.jalons.campaign.CampaignFollowUp.CampaignStatus;
import fr.gouv.sante.jalons.campaign.CampaignFollowUp.Row;
import fr.gouv.sante.jalons.notification.CampaignReminders;
import fr.gouv.sante.jalons.notification.ReminderPlan;
import fr.gouv.sante.jalons.notification.domain.MailQueue.MailKind;
import fr.gouv.sante.jalons.shared.DatabaseOutage;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders to the lead organisations whose objectives are not all submitted: {@code days-before}
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
class Reminders implements CampaignReminders {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm");

    private final CampaignFollowUp followUp;
    private final AccountDirectory directory;
    private final MailQueue queue;
    private final MailTemplates templates;
    private final CampaignMails campaignMails;
    private final AccessPolicy policy;
    private final PasswordLinks links;
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
            PasswordLinks links,
            JdbcClient jdbc,
            Clock clock,
            PlatformTransactionManager transactions,
            ReminderProperties properties) {
        this.followUp = followUp;
        this.directory = directory;
        this.queue = queue;
        this.templates = templates;
        this.campaignMails = campaignMails;
        this.policy = policy;
        this.links = links;
        this.jdbc = jdbc;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
        this.daysBefore = properties.daysBefore().stream()
                .filter(days -> days > 0)
                .sorted()
                .distinct()
                .toList();
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
                    String key = scheduledKey(campaign.dueOn(), today);
                    return key == null
                            ? 0
                            : (int) send(campaign, key, today).organisations().stream()
                                    .filter(organisation -> !organisation.unreachable())
                                    .count();
                })
                .orElse(0);
    }

    @Override
    public Optional<ReminderPlan> plan(CurrentUser admin) {
        policy.requireAdmin(admin);
        LocalDate today = LocalDate.now(clock);
        return followUp.openCampaign().map(campaign -> plan(campaign, campaign.pastDue(today)));
    }

    @Override
    public ReminderPlan sendNow(CurrentUser admin) {
        policy.requireAdmin(admin);
        // one key per minute: a double click does not send twice
        String key = "MANUEL-" + MINUTE.format(clock.instant().atZone(FrenchFormat.PARIS));
        return followUp.openCampaign()
                .map(campaign -> send(campaign, key, LocalDate.now(clock)))
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

    /** Who each organisation missing updates would reach: one query for every organisation's accounts. */
    private ReminderPlan plan(CampaignStatus campaign, boolean late) {
        Map<Long, List<Row>> missing = campaign.missing().stream()
                .collect(Collectors.groupingBy(Row::organisationId, LinkedHashMap::new, Collectors.toList()));
        Set<Role> roles = late ? Set.of(Role.EDITOR, Role.READER) : Set.of(Role.EDITOR);
        Map<Long, List<Member>> members = directory.members(missing.keySet(), roles).stream()
                .collect(Collectors.groupingBy(Member::organisationId));
        List<ReminderPlan.Organisation> organisations = missing.entrySet().stream()
                .map(entry -> {
                    List<Member> accounts = members.getOrDefault(entry.getKey(), List.of());
                    return new ReminderPlan.Organisation(
                            entry.getKey(),
                            entry.getValue().get(0).organisationAcronym(),
                            entry.getValue().stream().map(Row::objectiveCode).toList(),
                            people(accounts, false),
                            people(accounts, true));
                })
                .toList();
        return new ReminderPlan(campaign.period(), late, organisations);
    }

    private static List<ReminderPlan.Person> people(List<Member> accounts, boolean invitationPending) {
        return accounts.stream()
                .filter(member -> member.invitationPending() == invitationPending)
                .map(member -> new ReminderPlan.Person(member.id(), member.displayName(), member.email()))
                .toList();
    }

    /** @return what was done: the organisations this reminder had not reached yet */
    private ReminderPlan send(CampaignStatus campaign, String key, LocalDate today) {
        ReminderPlan plan = plan(campaign, campaign.pastDue(today));
        Map<Long, List<Row>> missing = campaign.missing().stream()
                .collect(Collectors.groupingBy(Row::organisationId, LinkedHashMap::new, Collectors.toList()));
        List<ReminderPlan.Organisation> done = new ArrayList<>();
        for (ReminderPlan.Organisation organisation : plan.organisations()) {
            Boolean sent = transaction.execute(
                    tx -> remind(campaign, organisation, missing.get(organisation.id()), key, plan.late(), today));
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
