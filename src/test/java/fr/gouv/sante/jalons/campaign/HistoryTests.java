package fr.gouv.sante.jalons.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.NewAccount;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.account.UserAccounts;
import fr.gouv.sante.jalons.roadmap.RoadmapEditing;
import fr.gouv.sante.jalons.roadmap.StructureChange;
import fr.gouv.sante.jalons.shared.Deadline;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every change leaves a record of who, when, before and after; the record cannot be changed. */
@JalonsTest
class HistoryTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoadmapEditing editing;

    @Autowired
    UserAccounts accounts;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    CurrentUser admin;
    CurrentUser ans;

    @BeforeEach
    void setUp() {
        admin = users.admin();
        ans = users.editor("ANS");
    }

    /** The audit trail starts empty (the migrations record nothing): everything in it is this test's. */
    private List<String> recorded() {
        return jdbc.sql("select entity_type || ' ' || action || ' by ' || actor_label from audit_event order by id")
                .query(String.class)
                .list();
    }

    @Test
    void theCampaignIsRecordedStepByStep() {
        campaign.open();
        long indicator = campaign.indicator("3-1");
        campaign.draft(
                ans,
                "3-1",
                ProgressStatus.ON_TRACK,
                "Premier jet.",
                new NewMeasurement(indicator, new BigDecimal("40"), LocalDate.of(2025, 3, 31)));
        campaign.submitted(
                ans,
                "3-1",
                ProgressStatus.ON_TRACK,
                "42 applications référencées.",
                new NewMeasurement(indicator, new BigDecimal("42"), LocalDate.of(2025, 5, 31)));
        campaign.validated("3-1");
        campaign.published();

        assertThat(recorded())
                .containsExactly(
                        "REPORTING_PERIOD OPENED by " + admin.label(),
                        "PROGRESS_REPORT CREATED by " + ans.label(),
                        "MEASUREMENT CREATED by " + ans.label(),
                        "PROGRESS_REPORT SAVED_AND_SUBMITTED by " + ans.label(),
                        "MEASUREMENT UPDATED by " + ans.label(),
                        "PROGRESS_REPORT VALIDATED by " + admin.label(),
                        "PROGRESS_REPORT PUBLISHED by " + admin.label(),
                        "REPORTING_PERIOD PUBLISHED by " + admin.label());
        String change = jdbc.sql("""
                        select before_state ->> 'narrative' || ' -> ' || (after_state ->> 'narrative') || ' / '
                               || (after_state ->> 'state')
                        from audit_event where action = 'SAVED_AND_SUBMITTED'""").query(String.class).single();
        assertThat(change).isEqualTo("Premier jet. -> 42 applications référencées. / SUBMITTED");
        long objectiveId = jdbc.sql("select id from objective where code = '3-1'")
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("select count(*) from audit_event where objective_id = ?")
                        .param(objectiveId)
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
    }

    @Test
    void structureUsersAndRolesAreRecordedWithBeforeAndAfter() {
        long version = editing.structure(admin, ObjectiveCode.parse("3-1")).version();
        editing.update(
                admin,
                ObjectiveCode.parse("3-1"),
                new StructureChange(
                        "Catalogue d'applications avec échanges",
                        "Référencer plus de 60 applications proposant des échanges avec Mon espace santé d'ici fin 2027",
                        Deadline.parse("2027").orElseThrow(),
                        List.of("GIE SESAM-Vitale", "ANS", "CNAM", "DNS"),
                        null,
                        "Nouvel engagement du comité de pilotage",
                        version));
        var created =
                accounts.create(admin, new NewAccount("historique@test.jalons", "Historique", Role.READER, "ANS"));
        accounts.changeRole(admin, created.id(), Role.EDITOR, "CNAM");

        assertThat(recorded())
                .containsExactly(
                        "OBJECTIVE REBASELINED by " + admin.label(),
                        "USER CREATED by " + admin.label(),
                        "USER ROLE_CHANGED by " + admin.label());
        assertThat(jdbc.sql("""
                        select (before_state ->> 'deadline') || ' -> ' || (after_state ->> 'deadline') || ' : ' || (after_state ->> 'reason')
                        from audit_event where action = 'REBASELINED'""").query(String.class).single())
                .isEqualTo("2026 -> 2027 : Nouvel engagement du comité de pilotage");
        assertThat(jdbc.sql("""
                        select (before_state ->> 'role') || '/' || (before_state ->> 'organisation') || ' -> '
                               || (after_state ->> 'role') || '/' || (after_state ->> 'organisation')
                        from audit_event where action = 'ROLE_CHANGED'""").query(String.class).single()).isEqualTo("READER/ANS -> EDITOR/CNAM");
        // the public sees the re-baselining: initial target, current target, reason
        String page = new HttpTestClient(port).get("/objectifs/3-1").body();
        assertThat(page)
                .contains(
                        "Cible revue",
                        "Cible initiale : Référencer plus de 50 applications",
                        "Cible actuelle : Référencer plus de 60 applications",
                        "Nouvel engagement du comité de pilotage");
        assertThat(new HttpTestClient(port).get("/api/v1/objectives/3-1").body())
                .contains(
                        "\"rebaselinings\":[{", "\"reason\":\"Nouvel engagement du comité de pilotage\"",
                        "\"previousDeadline\":\"2026-12-31\"", "\"newDeadline\":\"2027-12-31\"",
                        "\"previousDeadlineLabel\":\"fin 2026\"", "\"newDeadlineLabel\":\"fin 2027\"");
    }

    @Test
    void administratorsSeeAnObjectivesFullHistoryAndOthersDoNot() {
        campaign.open();
        campaign.draft(ans, "3-1", ProgressStatus.ON_TRACK, "Texte historisé.");
        String page = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD)
                .get("/admin/objectifs/3-1/historique")
                .body();
        assertThat(page)
                .contains(
                        "Historique de l’objectif 3-1",
                        "Point d’avancement 2025-S1 créé (brouillon)",
                        "Statut : En bonne voie",
                        "Texte historisé.",
                        ans.email());
        assertThat(page).contains("<title>Historique 3-1 — Jalons</title>").doesNotContain("th:fragment");
        assertThat(WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD)
                        .get("/admin/objectifs/3-1/historique")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void theAuditTrailIsAppendOnly() {
        campaign.open();
        assertThatThrownBy(() -> jdbc.sql("update audit_event set actor_label = 'quelqu''un d''autre'")
                        .update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event").update())
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("append-only");
        assertThat(recorded()).hasSize(1);
    }
}
