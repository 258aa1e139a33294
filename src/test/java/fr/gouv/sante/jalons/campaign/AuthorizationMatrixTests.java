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
import fr.gouv.sante.jalons.support.ArchivedObjectives;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may do what, checked over HTTP for every editing route, with the CSRF token and without it,
 * and checked again on the services themselves: a refused request changes nothing.
 */
@JalonsTest
class AuthorizationMatrixTests {

    /** The kinds of people who might try. 3-1 is led by GIE SESAM-Vitale, ANS, CNAM and DNS; 1-2 by CNAM and DNS. */
    enum Who {
        ADMIN,
        EDITOR_OF_OWNER,
        EDITOR_OF_OTHER,
        READER_OF_OWNER,
        ANONYMOUS
    }

    /**
     * An editing route; {@code prepare} gives the action its business preconditions (a submitted
     * report to review...), so that an allowed person's request really does something.
     */
    private long ruleVersion() {
        return rules.current().version();
    }

    record Route(String name, String path, Supplier<String[]> fields, Set<Who> allowed, Runnable prepare) {

        Route(String name, String path, Supplier<String[]> fields, Set<Who> allowed) {
            this(name, path, fields, allowed, () -> {});
        }
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReporting reporting;

    @Autowired
    ProgressReview review;

    @Autowired
    UserAccounts accounts;

    @Autowired
    RoadmapEditing editing;

    @Autowired
    ReportingRules rules;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    CurrentUser admin;
    CurrentUser ansEditor;
    CurrentUser dgosEditor;
    CurrentUser ansReader;
    /** An account invited but not activated yet: the only kind an invitation can be sent again to. */
    long invited;
    /** A sent mail: the only kind that is sent again as a new row. */
    long sentMail;

    @BeforeEach
    void openCampaignWithADraft() {
        admin = users.admin();
        ansEditor = users.editor("ANS");
        dgosEditor = users.editor("DGOS");
        ansReader = users.reader("ANS");
        campaign.open().draft(ansEditor, "3-1", ProgressStatus.ON_TRACK, "Brouillon de l'ANS.");
        invited = accounts.create(admin, new NewAccount("nouveau.invite@test.jalons", "Invité", Role.READER, "ANS"))
                .id();
        // a mail already sent, which only the delivery in the background makes otherwise
        sentMail = jdbc.sql("""
                insert into mail_outbox (kind, recipient, subject, body, status, attempts, next_attempt_at, created_at, sent_at)
                values ('REMINDER', 'relance.matrice@test.jalons', 'Relance', 'Texte', 'SENT', 1, now(), now(), now())
                returning id""").query(Long.class).single();
    }

    /** The objective's report of 2025-S1 waits for review (written and submitted by the admin if need be). */
    private void submitted(String code) {
        ReportState state = campaign.state(code);
        if (state == ReportState.TODO || state == ReportState.DRAFT || state == ReportState.RETURNED) {
            campaign.submitted(admin, code, ProgressStatus.ON_TRACK, "Rapport à relire.");
        }
    }

    /** The objective's report of 2025-S1 is validated, ready to publish. */
    private void validated(String code) {
        submitted(code);
        if (campaign.state(code) == ReportState.SUBMITTED) {
            campaign.validated(code);
        }
    }

    private long structureVersion(String code) {
        return editing.structure(admin, ObjectiveCode.parse(code)).version();
    }

    private List<Route> routes(Who who) {
        return List.of(
                new Route(
                        "save 3-1",
                        "/espace/objectifs/3-1",
                        () -> new String[] {
                            "status",
                            "AT_RISK",
                            "narrative",
                            "Mise à jour.",
                            "version",
                            String.valueOf(campaign.version("3-1")),
                            "action",
                            "brouillon"
                        },
                        Set.of(Who.ADMIN, Who.EDITOR_OF_OWNER)),
                new Route(
                        "save 1-2",
                        "/espace/objectifs/1-2",
                        () -> new String[] {"status", "AT_RISK", "narrative", "Mise à jour.", "action", "brouillon"},
                        Set.of(Who.ADMIN)),
                new Route(
                        "send back 3-1",
                        "/admin/revue/3-1/renvoi",
                        () -> new String[] {"comment", "À préciser.", "version", String.valueOf(campaign.version("3-1"))
                        },
                        Set.of(Who.ADMIN),
                        () -> submitted("3-1")),
                new Route(
                        "validate 3-1",
                        "/admin/revue/3-1/validation",
                        () -> new String[] {"version", String.valueOf(campaign.version("3-1"))},
                        Set.of(Who.ADMIN),
                        () -> submitted("3-1")),
                new Route(
                        "validate several",
                        "/admin/revue/validation-groupee",
                        () -> new String[] {"rapports", "1-2:" + campaign.version("1-2")},
                        Set.of(Who.ADMIN),
                        () -> submitted("1-2")),
                new Route(
                        "correct 3-1",
                        "/admin/corrections/3-1?periode=2024-S2",
                        () -> new String[] {
                            "status",
                            "ON_TRACK",
                            "narrative",
                            "Texte corrigé.",
                            "reason",
                            "Coquille.",
                            "version",
                            String.valueOf(review.correction(admin, ObjectiveCode.parse("3-1"), "2024-S2")
                                    .version())
                        },
                        Set.of(Who.ADMIN)),
                new Route(
                        "edit structure 3-1",
                        "/admin/objectifs/3-1/structure",
                        () -> new String[] {
                            "title",
                            "Catalogue d'applications avec échanges",
                            "target",
                            "Référencer plus de 50 applications proposant des échanges avec Mon espace santé d'ici fin 2026",
                            "deadline",
                            "2026",
                            "owners",
                            "GIE SESAM-Vitale, ANS, CNAM, DNS",
                            "reason",
                            "",
                            "version",
                            String.valueOf(structureVersion("3-1"))
                        },
                        Set.of(Who.ADMIN)),
                new Route(
                        "edit indicators 3-1",
                        "/admin/objectifs/3-1/indicateurs",
                        () -> {
                            long indicator = campaign.indicator("3-1");
                            return new String[] {
                                "version",
                                String.valueOf(structureVersion("3-1")),
                                "indicators[0].id",
                                String.valueOf(indicator),
                                "indicators[0].name",
                                "Applications référencées dans le catalogue de services de Mon espace santé",
                                "indicators[0].unit",
                                "applications",
                                "indicators[0].direction",
                                "INCREASE",
                                "targets[0].dueDate",
                                "2026-12-31",
                                "targets[0].description",
                                "Plus de 50 applications référencées proposant des échanges avec Mon espace santé",
                                "targets[0].indicator",
                                "1",
                                "targets[0].value",
                                "50"
                            };
                        },
                        Set.of(Who.ADMIN)),
                new Route(
                        "record what 7-3 continues",
                        "/admin/objectifs/7-3/prolongements",
                        () -> new String[] {
                            "continuedRoadmap", ArchivedObjectives.SLUG, "continuedCode", ArchivedObjectives.CODE
                        },
                        Set.of(Who.ADMIN),
                        this::anArchivedObjective),
                new Route(
                        "disable user",
                        "/admin/utilisateurs/" + ansReader.id() + "/activation",
                        () -> new String[] {"enabled", "false"},
                        Set.of(Who.ADMIN)),
                new Route(
                        "create user",
                        "/admin/utilisateurs",
                        () -> new String[] {
                            "email",
                            "nouveau." + who.name().toLowerCase(Locale.ROOT) + "@test.jalons",
                            "displayName",
                            "Nouveau",
                            "role",
                            "READER",
                            "organisation",
                            "ANS"
                        },
                        Set.of(Who.ADMIN)),
                new Route(
                        "change role",
                        "/admin/utilisateurs/" + ansReader.id() + "/role",
                        () -> new String[] {"role", "EDITOR", "organisation", "ANS"},
                        Set.of(Who.ADMIN)),
                new Route("remind now", "/admin/relance", () -> new String[0], Set.of(Who.ADMIN)),
                new Route(
                        "co-owners reporting rule",
                        "/admin/campagne/regle",
                        () -> new String[] {"coOwnersReport", "false", "version", String.valueOf(ruleVersion())},
                        Set.of(Who.ADMIN)),
                new Route(
                        "resend invitation",
                        "/admin/utilisateurs/" + invited + "/invitation",
                        () -> new String[0],
                        Set.of(Who.ADMIN)),
                new Route(
                        "resend mail",
                        "/admin/courriels/" + sentMail + "/renvoi",
                        () -> new String[0],
                        Set.of(Who.ADMIN)),
                new Route(
                        "publish",
                        "/admin/publication",
                        () -> new String[] {"periodVersion", String.valueOf(campaign.periodVersion())},
                        Set.of(Who.ADMIN),
                        () -> validated("3-1")),
                // after the publication: one campaign at a time
                new Route(
                        "open campaign",
                        "/admin/campagne/ouverture",
                        () -> new String[] {"period", "2025-S2", "dueOn", "2025-12-31"},
                        Set.of(Who.ADMIN)));
    }

    /** The test objective of the archived roadmap, once: each route is tried by every kind of user. */
    private void anArchivedObjective() {
        if (jdbc.sql("select count(*) from objective o join roadmap r on r.id = o.roadmap_id where r.slug = ?")
                        .param(ArchivedObjectives.SLUG)
                        .query(Integer.class)
                        .single()
                == 0) {
            new ArchivedObjectives(jdbc).add();
        }
    }

    /** Everything an editing route could change. */
    private String fingerprint() {
        return jdbc.sql("""
                select (select count(*) from audit_event) || '|' ||
                       coalesce((select string_agg(o.code || ':' || r.state || ':' || r.version, ',' order by r.id)
                                 from progress_report r join objective o on o.id = r.objective_id), '') || '|' ||
                       (select count(*) from published_revision) || '|' ||
                       (select string_agg(code || ':' || state || ':' || version, ',' order by id) from reporting_period) || '|' ||
                       (select string_agg(code || ':' || version, ',' order by id) from objective) || '|' ||
                       (select string_agg(email || ':' || role || ':' || version, ',' order by id) from app_user) || '|' ||
                       (select count(*) from mail_outbox) || '|' || (select count(*) from campaign_reminder) || '|' ||
                       coalesce((select string_agg(r.id || ':' || md5(coalesce(r.narrative, '')), ',' order by r.id)
                                 from progress_report r), '')""").query(String.class).single();
    }

    private WebSession session(Who who) {
        return switch (who) {
            case ADMIN -> WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
            case EDITOR_OF_OWNER -> WebSession.signedIn(port, ansEditor.email(), TestUsers.PASSWORD);
            case EDITOR_OF_OTHER -> WebSession.signedIn(port, dgosEditor.email(), TestUsers.PASSWORD);
            case READER_OF_OWNER -> WebSession.signedIn(port, ansReader.email(), TestUsers.PASSWORD);
            case ANONYMOUS -> {
                WebSession anonymous = new WebSession(port);
                anonymous.get("/connexion");
                yield anonymous;
            }
        };
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void everyEditingRouteAnswersAccordingToTheRoleAndARefusalChangesNothing(Who who) {
        WebSession session = session(who);
        for (Route route : routes(who)) {
            route.prepare().run();
            String before = fingerprint();
            HttpResponse<String> withoutToken =
                    session.post(route.path(), false, route.fields().get());
            assertThat(withoutToken.statusCode())
                    .as("%s by %s without CSRF token", route.name(), who)
                    .isEqualTo(403);
            assertThat(fingerprint())
                    .as("%s by %s without CSRF token changed something", route.name(), who)
                    .isEqualTo(before);

            HttpResponse<String> response =
                    session.post(route.path(), true, route.fields().get());
            String location = response.headers().firstValue("Location").orElse("");
            if (route.allowed().contains(who)) {
                assertThat(response.statusCode())
                        .as("%s by %s", route.name(), who)
                        .isIn(200, 302);
                assertThat(location).as("%s by %s", route.name(), who).doesNotContain("/connexion");
                assertThat(response.body()).doesNotContain("Accès refusé");
                // not refused is not enough: the action happened (a business refusal would change nothing)
                assertThat(fingerprint())
                        .as("%s by %s changed nothing", route.name(), who)
                        .isNotEqualTo(before);
            } else if (who == Who.ANONYMOUS) {
                assertThat(response.statusCode())
                        .as("%s by %s", route.name(), who)
                        .isEqualTo(302);
                assertThat(location).endsWith("/connexion");
                assertThat(fingerprint())
                        .as("%s by %s changed something", route.name(), who)
                        .isEqualTo(before);
            } else {
                assertThat(response.statusCode())
                        .as("%s by %s", route.name(), who)
                        .isEqualTo(403);
                assertThat(response.body()).contains("Accès refusé");
                assertThat(fingerprint())
                        .as("%s by %s changed something", route.name(), who)
                        .isEqualTo(before);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Who.class)
    void readingTheDraftFormFollowsTheSameRules(Who who) {
        HttpResponse<String> response = session(who).get("/espace/objectifs/3-1");
        switch (who) {
            case ADMIN, EDITOR_OF_OWNER ->
                assertThat(response.body()).contains("Soumettre pour validation", "Brouillon de l&#39;ANS.");
            case READER_OF_OWNER ->
                assertThat(response.body())
                        .contains("Brouillon de l&#39;ANS.")
                        .doesNotContain("Soumettre pour validation");
            case EDITOR_OF_OTHER -> assertThat(response.statusCode()).isEqualTo(403);
            case ANONYMOUS ->
                assertThat(response.headers().firstValue("Location"))
                        .get()
                        .asString()
                        .endsWith("/connexion");
        }
    }

    @Test
    void theServicesRefuseWhateverTheUrl() {
        ObjectiveCode code = ObjectiveCode.parse("3-1");
        ReportCommand command = new ReportCommand(ProgressStatus.LATE, "Tentative.", null, List.of());
        assertThatThrownBy(() -> reporting.save(dgosEditor, code, command, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reporting.save(ansReader, code, command, false))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reporting.save(null, code, command, false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> reporting.editor(dgosEditor, code)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.validate(ansEditor, code, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.publish(ansEditor, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> review.openPeriod(ansReader, "2025-S2", LocalDate.of(2025, 12, 31)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.create(ansEditor, new NewAccount("x@test.jalons", "X", Role.ADMIN, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> accounts.changeRole(ansEditor, ansEditor.id(), Role.ADMIN, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> editing.update(
                        ansEditor,
                        code,
                        new StructureChange(
                                "Titre",
                                "Cible",
                                Deadline.parse("2026").orElseThrow(),
                                List.of("ANS"),
                                null,
                                "Raison",
                                0)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void postingFieldsThatAreNotInTheFormHasNoEffect() {
        WebSession session = session(Who.EDITOR_OF_OWNER);
        long version = campaign.version("3-1");
        long dgos = jdbc.sql("select id from organisation where acronym = 'DGOS'")
                .query(Long.class)
                .single();
        HttpResponse<String> response = session.post(
                "/espace/objectifs/3-1",
                true,
                "status",
                "ON_TRACK",
                "narrative",
                "Texte.",
                "version",
                String.valueOf(version),
                "action",
                "brouillon",
                "state",
                "PUBLISHED",
                "publishedAt",
                "2025-01-01T00:00:00Z",
                "objectiveId",
                "1",
                "period",
                "2024-S2",
                "organisation",
                String.valueOf(dgos),
                "organisationId",
                String.valueOf(dgos),
                "updatedBy",
                "1",
                "reviewComment",
                "validé",
                "id",
                "999");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(jdbc.sql("""
                        select r.state || '|' || coalesce(r.review_comment, '') || '|' || (r.published_at is null) || '|' || o.code
                        from progress_report r join objective o on o.id = r.objective_id
                        join reporting_period p on p.id = r.period_id where p.code = '2025-S1'""").query(String.class).list()).containsExactly("DRAFT||true|3-1");
        assertThat(jdbc.sql("select count(*) from published_revision v join progress_report r on r.id = v.report_id "
                                + "join reporting_period p on p.id = r.period_id where p.code = '2025-S1'")
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
