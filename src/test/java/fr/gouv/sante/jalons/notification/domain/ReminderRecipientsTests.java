package fr.gouv.sante.jalons.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.gouv.sante.jalons.account.AccountSummary;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.NewAccount;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.account.UserAccounts;
import fr.gouv.sante.jalons.campaign.ProgressReporting;
import fr.gouv.sante.jalons.campaign.ReportingRules;
import fr.gouv.sante.jalons.followup.CampaignFollowUp;
import fr.gouv.sante.jalons.notification.ReminderPlan;
import fr.gouv.sante.jalons.roadmap.RoadmapEditing;
import fr.gouv.sante.jalons.roadmap.StructureChange;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestMailServer;
import fr.gouv.sante.jalons.support.TestMailServer.Mail;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** JdbcCampaignReminders say who they reach and who they cannot, and count only what an organisation must update. */
@JalonsTest
class ReminderRecipientsTests {

    private static final LocalDate DUE = LocalDate.of(2025, 6, 30);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestMailServer smtp;

    @Autowired
    TestUsers users;

    @Autowired
    UserAccounts accounts;

    @Autowired
    CampaignFixture campaign;

    @Autowired
    RoadmapEditing roadmap;

    @Autowired
    ProgressReporting reporting;

    @Autowired
    JdbcCampaignReminders reminders;

    @Autowired
    ReportingRules rules;

    @Autowired
    CampaignFollowUp followUp;

    CurrentUser admin;
    CurrentUser cnam;
    AccountSummary ansInvited;

    @BeforeEach
    void setUp() {
        admin = users.admin();
        cnam = users.editor("CNAM");
        // the ANS's only account: an invited person who has not chosen a password yet
        ansInvited =
                accounts.create(admin, new NewAccount("invite.ans@test.jalons", "Invitée ANS", Role.EDITOR, "ANS"));
        // the first invitation is delivered (and forgotten) before the test
        await().atMost(Duration.ofSeconds(20)).until(() -> pending() == 0);
        smtp.purge();
        campaign.open(CampaignFixture.PERIOD, DUE);
    }

    private long pending() {
        return jdbc.sql("select count(*) from mail_outbox where status = 'PENDING'")
                .query(Long.class)
                .single();
    }

    private List<Mail> delivered(String address, String subjectStart) {
        await().atMost(Duration.ofSeconds(20)).until(() -> pending() == 0);
        return smtp.to(address).stream()
                .filter(mail -> mail.subject().startsWith(subjectStart))
                .toList();
    }

    private static ReminderPlan.Organisation organisation(List<ReminderPlan.Organisation> list, String acronym) {
        return list.stream()
                .filter(o -> o.acronym().equals(acronym))
                .findFirst()
                .orElse(null);
    }

    @Test
    void thePlanListsWhoIsRemindedWhoIsInvitedAgainAndWhoCannotBeReached() {
        ReminderPlan plan = reminders.plan(admin).orElseThrow();
        assertThat(organisation(plan.reminded(), "CNAM").reminded())
                .extracting(ReminderPlan.Person::email)
                .containsExactly(cnam.email());
        assertThat(organisation(plan.invited(), "ANS").invited())
                .extracting(ReminderPlan.Person::email)
                .containsExactly(ansInvited.email());
        assertThat(organisation(plan.reminded(), "ANS"))
                .as("no active ANS account")
                .isNull();
        assertThat(plan.unreachable())
                .isNotEmpty()
                .allSatisfy(o -> assertThat(o.acronym()).isNotIn("CNAM", "ANS"));

        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        String page = session.get("/admin/relances").body();
        String unreachable = plan.unreachable().get(0).acronym();
        assertThat(page)
                .containsPattern("recevr(a|ont) la relance")
                .contains("invitations en attente")
                .containsPattern("ne peu(t|vent) pas être relancées?")
                .contains(ansInvited.email(), cnam.email(), unreachable, "href=\"/admin/utilisateurs\"");
    }

    @Test
    void aPendingInvitationGetsTheInvitationAgainNotTheReminderAndTheRunSaysWhoItMissed() {
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        assertThat(session.post("/admin/relance", true).statusCode()).isEqualTo(302);
        String page = session.get("/admin/relances").body();
        assertThat(page)
                .containsPattern("[0-9]+ organisations? relancées?\\.")
                .contains("CNAM : relance envoyée à 1 compte.")
                .contains("ANS : invitation renvoyée à 1 compte en attente.")
                .containsPattern("[A-Z-]+ : non relancée, aucun compte actif\\.");
        assertThat(delivered(cnam.email(), "Jalons : relance")).hasSize(1);
        assertThat(delivered(ansInvited.email(), "Jalons : relance")).isEmpty();
        assertThat(delivered(ansInvited.email(), "Jalons : votre invitation")).hasSize(1);
        // a scheduled run records the organisations it could not reach too
        reminders.sendDue(LocalDate.of(2025, 6, 29));
        long missed = jdbc.sql(
                        "select count(*) from campaign_reminder where reminder_key = 'J-1' and unreachable and recipients = 0")
                .query(Long.class)
                .single();
        assertThat(missed).isPositive();
        assertThat(session.get("/admin/relances").body()).contains("Aucun compte actif : non relancée", "J-1");
    }

    @Test
    void coOwnersAreNotChasedForAnObjectiveAnotherOrganisationPilotsUnlessTheDnsSaysSo() {
        // an objective CNAM co-owns with another organisation, which the DNS designates pilot
        var shared = jdbc.sql("""
                        select o.code, g2.acronym from objective o
                        join objective_owner w on w.objective_id = o.id
                        join organisation g on g.id = w.organisation_id and g.acronym = 'CNAM'
                        join objective_owner w2 on w2.objective_id = o.id and w2.organisation_id <> g.id
                        join organisation g2 on g2.id = w2.organisation_id
                        order by o.id, w2.position limit 1""")
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .single();
        String code = shared[0];
        long cnamMissing = missingCodes("CNAM").size();
        assertThat(missingCodes("CNAM")).contains(code);

        ObjectiveCode objective = ObjectiveCode.parse(code);
        RoadmapEditing.ObjectiveStructure saved = roadmap.structure(admin, objective);
        roadmap.update(
                admin,
                objective,
                new StructureChange(
                        saved.title(),
                        saved.target(),
                        saved.deadline(),
                        saved.ownerAcronyms(),
                        shared[1],
                        null,
                        saved.version()));
        assertThat(missingCodes("CNAM")).doesNotContain(code).hasSize((int) cnamMissing - 1);
        var workspace = reporting.workspace(cnam);
        assertThat(workspace.items())
                .filteredOn(item -> item.code().equals(code))
                .singleElement()
                .satisfies(item -> assertThat(item.mustReport()).isFalse());
        WebSession editor = WebSession.signedIn(port, cnam.email(), TestUsers.PASSWORD);
        String coOwned = editor.get("/espace?filtre=co-porte").body();
        assertThat(coOwned).contains(">" + code + "<", "Co-porteur (mis à jour par le pilote)");
        String toUpdate = editor.get("/espace?filtre=a-mettre-a-jour").body();
        assertThat(toUpdate).doesNotContain(">" + code + "<");

        // the DNS asks co-owners to report too: the change is audited
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        long version = rules.current().version();
        session.post("/admin/campagne/regle", true, "coOwnersReport", "true", "version", String.valueOf(version));
        assertThat(rules.current().coOwnersReport()).isTrue();
        assertThat(missingCodes("CNAM")).contains(code);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'REPORTING_RULE'")
                        .query(Long.class)
                        .single())
                .isPositive();
        // a stale form changes nothing
        session.post("/admin/campagne/regle", true, "version", String.valueOf(version));
        assertThat(rules.current().coOwnersReport()).isTrue();
    }

    private List<String> missingCodes(String acronym) {
        return followUp.openCampaign().orElseThrow().missing().stream()
                .filter(row -> row.organisationAcronym().equals(acronym))
                .map(CampaignFollowUp.Row::objectiveCode)
                .toList();
    }
}
