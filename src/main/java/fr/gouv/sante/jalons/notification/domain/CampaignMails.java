package fr.gouv.sante.jalons.notification.domain;

import fr.gouv.sante.jalons.account.AccountDirectory;
import fr.gouv.sante.jalons.account.AccountDirectory.Member;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.campaign.CampaignOpened;
import fr.gouv.sante.jalons.campaign.CampaignOpeningCancelled;
import fr.gouv.sante.jalons.campaign.ReportSentBack;
import fr.gouv.sante.jalons.followup.CampaignFollowUp;
import fr.gouv.sante.jalons.followup.CampaignFollowUp.CampaignStatus;
import fr.gouv.sante.jalons.followup.CampaignFollowUp.Row;
import fr.gouv.sante.jalons.notification.domain.MailQueue.MailKind;
import fr.gouv.sante.jalons.publication.PeriodPublished;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.shared.Semester;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The campaign's mails other than reminders: its opening (to the editors of every lead
 * organisation), a report sent back (to the editor who submitted it) and a publication (to every
 * editor). Listened to synchronously, so that each mail is queued in the transaction of its change.
 */
@Component
class CampaignMails {

    private final MailQueue queue;
    private final MailTemplates templates;
    private final AccountDirectory directory;
    private final CampaignFollowUp followUp;
    private final MessageSource messages;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    CampaignMails(
            MailQueue queue,
            MailTemplates templates,
            AccountDirectory directory,
            CampaignFollowUp followUp,
            MessageSource messages,
            org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.queue = queue;
        this.templates = templates;
        this.directory = directory;
        this.followUp = followUp;
        this.messages = messages;
    }

    @EventListener
    void on(CampaignOpened opened) {
        CampaignStatus campaign = followUp.openCampaign().orElseThrow();
        String period = periodLabel(opened.period());
        // each organisation is told only of the objectives it must update
        Map<Long, List<Row>> byOrganisation = campaign.rows().stream()
                .filter(Row::mustReport)
                .collect(Collectors.groupingBy(Row::organisationId, LinkedHashMap::new, Collectors.toList()));
        for (Map.Entry<Long, List<Row>> organisation : byOrganisation.entrySet()) {
            for (Member editor : directory.members(Set.of(organisation.getKey()), Set.of(Role.EDITOR))) {
                String body = templates.body(
                        "campaign-opened",
                        Map.of(
                                "name", editor.displayName(),
                                "period", period,
                                "dueOn", FrenchFormat.date(opened.dueOn()),
                                "organisation", organisation.getValue().get(0).organisationAcronym(),
                                "objectives", organisation.getValue(),
                                "workspace", templates.link("/espace")));
                queue.queue(
                        MailKind.CAMPAIGN_OPENED,
                        opened.period(),
                        editor.email(),
                        templates.subject("mail.opened.subject", period, FrenchFormat.date(opened.dueOn())),
                        body,
                        false);
            }
        }
    }

    /**
     * An opening cancelled: everyone who got its mail is told, whatever became of their account since
     * (the mail went to that address). The reminders of the cancelled campaign are forgotten.
     */
    @EventListener
    void on(CampaignOpeningCancelled cancelled) {
        String period = periodLabel(cancelled.period());
        String reopened = cancelled.reopened() == null ? null : periodLabel(cancelled.reopened());
        Map<String, String> names = directory.withRole(Role.EDITOR).stream()
                .collect(Collectors.toMap(Member::email, Member::displayName, (a, b) -> a));
        for (String recipient : queue.openingRecipients(cancelled.period())) {
            Map<String, Object> variables = new java.util.HashMap<>();
            variables.put("name", names.getOrDefault(recipient, recipient));
            variables.put("period", period);
            variables.put("reopened", reopened);
            variables.put("workspace", templates.link("/espace"));
            queue.queue(
                    MailKind.CAMPAIGN_OPENING_CANCELLED,
                    cancelled.period(),
                    recipient,
                    templates.subject("mail.opening-cancelled.subject", period),
                    templates.body("campaign-opening-cancelled", variables),
                    false);
        }
        // the next opening of that period starts its reminders afresh
        jdbc.sql("delete from campaign_reminder where period_code = ?")
                .param(cancelled.period())
                .update();
    }

    @EventListener
    void on(ReportSentBack sentBack) {
        if (sentBack.submittedBy() == null) {
            return;
        }
        directory.member(sentBack.submittedBy()).ifPresent(editor -> {
            String body = templates.body(
                    "report-sent-back",
                    Map.of(
                            "name", editor.displayName(),
                            "code", sentBack.objectiveCode(),
                            "title", sentBack.objectiveTitle(),
                            "period", periodLabel(sentBack.period()),
                            "comment", sentBack.comment(),
                            "report", templates.link("/espace/objectifs/" + sentBack.objectiveCode())));
            queue.queue(
                    MailKind.REPORT_SENT_BACK,
                    editor.email(),
                    templates.subject("mail.sent-back.subject", sentBack.objectiveCode()),
                    body,
                    false);
        });
    }

    @EventListener
    void on(PeriodPublished published) {
        String period = periodLabel(published.period());
        for (Member editor : directory.withRole(Role.EDITOR)) {
            String body = templates.body(
                    "period-published",
                    Map.of(
                            "name", editor.displayName(),
                            "period", period,
                            "bilan", templates.link("/bilans/" + published.period()),
                            "objectives", templates.link("/objectifs"),
                            "supplementary", published.supplementary(),
                            "reports", published.reports()));
            queue.queue(
                    MailKind.PERIOD_PUBLISHED,
                    editor.email(),
                    published.supplementary()
                            ? templates.subject("mail.published.supplementary.subject", period)
                            : templates.subject("mail.published.subject", period),
                    body,
                    false);
        }
    }

    String periodLabel(String code) {
        Semester semester = Semester.parse(code);
        return messages.getMessage(semester.labelKey(), new Object[] {semester.year()}, FrenchFormat.FRENCH);
    }
}
