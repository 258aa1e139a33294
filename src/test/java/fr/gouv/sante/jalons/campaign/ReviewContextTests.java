package fr.gouv.sante.jalons.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.NewAccount;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.account.UserAccounts;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The review page gives the DNS the context to decide; several reports validate at once; history reads as sentences. */
@JalonsTest
class ReviewContextTests {

    private static final ObjectiveCode CATALOGUE = ObjectiveCode.parse("3-1");

    @LocalServerPort
    int port;

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
        campaign.open();
    }

    private void submit(
            ObjectiveCode code, ProgressStatus status, String narrative, List<NewMeasurement> measurements) {
        campaign.submitted(ans, code.toString(), status, narrative, measurements.toArray(NewMeasurement[]::new));
    }

    private long indicatorOf(ObjectiveCode code) {
        return campaign.indicator(code.toString());
    }

    @Test
    void theReviewPageShowsWhatChangedWhoSubmittedTheMeasurementsAgainstTargetsAndEarlierComments() {
        submit(
                CATALOGUE,
                ProgressStatus.ACHIEVED,
                "À date, 52 applications sont référencées dans le catalogue.",
                List.of(new NewMeasurement(indicatorOf(CATALOGUE), new BigDecimal("52"), LocalDate.of(2025, 6, 15))));
        campaign.sentBack("3-1", "Précisez la source du chiffre.");
        submit(
                CATALOGUE,
                ProgressStatus.ACHIEVED,
                "À date, 52 applications sont référencées dans le catalogue (source : ANS).",
                List.of(new NewMeasurement(indicatorOf(CATALOGUE), new BigDecimal("52"), LocalDate.of(2025, 6, 15))));

        String page = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD)
                .get("/admin/revue/3-1")
                .body();

        assertThat(page)
                .contains(
                        // the submitter as the report records them, named from their account
                        "Soumis par "
                                + org.springframework.web.util.HtmlUtils.htmlEscape(
                                        "Test EDITOR ANS <" + ans.email() + "> (Contributeur, ANS)"),
                        "Dernier statut publié (2e semestre 2024)",
                        "En bonne voie",
                        "Atteint",
                        "Statut modifié",
                        // compared with the version sent back, the changed words marked for screen readers too
                        "<ins><span class=\"fr-sr-only\">ajouté :</span>catalogue (source : ANS).</ins>",
                        "Applications référencées dans le catalogue de services de Mon espace santé",
                        "52 applications au 15 juin 2025",
                        "50 applications fin 2026",
                        "Précisez la source du chiffre.");
    }

    private static List<String> cells(String page, String column) {
        List<String> found = new java.util.ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(
                        "<td class=\"" + column + "\"[^>]*>(.*?)</td>", java.util.regex.Pattern.DOTALL)
                .matcher(page);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    @Test
    void aRewrittenTextIsShownParagraphByParagraphBesideThePublishedOneWithoutInterleaving() {
        submit(
                CATALOGUE,
                ProgressStatus.ON_TRACK,
                "Au 15 juin, 52 applications sont référencées dans le catalogue de services de Mon espace santé.\n\n"
                        + "La simplification des critères a permis d'accélérer le référencement.",
                List.of());

        String page = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD)
                .get("/admin/revue/3-1")
                .body();

        assertThat(page).contains("Texte du point d’avancement, comparé au dernier texte publié");
        List<String> reference = cells(page, "jalons-reference");
        List<String> submitted = cells(page, "jalons-submitted");
        // two paragraphs on each side, each beside its counterpart
        assertThat(reference).hasSize(2);
        assertThat(submitted).hasSize(2);
        assertThat(reference.get(0))
                .contains("<del><span class=\"fr-sr-only\">supprimé :</span>À date, 36</del>")
                .doesNotContain("<ins>");
        // the changed words of a run are one mark, not one per word
        assertThat(submitted.get(0))
                .contains("<ins><span class=\"fr-sr-only\">ajouté :</span>Au 15 juin, 52</ins> applications")
                .doesNotContain("<del>");
        assertThat(reference.get(1)).contains("La simplification des critères").doesNotContain("<ins>");
        assertThat(submitted.get(1)).contains("référencement.</ins>").doesNotContain("<del>");
        assertThat(page).contains("Paragraphe 1", "modifié").doesNotContain("class=\"jalons-diff");
    }

    @Test
    void afterASendBackTheTextIsComparedWithTheVersionSentBack() {
        submit(CATALOGUE, ProgressStatus.ON_TRACK, "Première version : 45 applications.", List.of());
        campaign.sentBack("3-1", "Chiffre à jour ?");
        submit(CATALOGUE, ProgressStatus.ON_TRACK, "Première version : 52 applications.", List.of());

        String page = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD)
                .get("/admin/revue/3-1")
                .body();

        assertThat(page).contains("Texte du point d’avancement, comparé à la version renvoyée", "Version renvoyée le ");
        List<String> reference = cells(page, "jalons-reference");
        assertThat(reference).hasSize(1);
        assertThat(reference.get(0))
                .contains("Première version : ", "<del><span class=\"fr-sr-only\">supprimé :</span>45</del>");
        assertThat(cells(page, "jalons-submitted").get(0))
                .contains("<ins><span class=\"fr-sr-only\">ajouté :</span>52</ins>");
        assertThat(page).doesNotContain("36 applications sont référencées");
    }

    @Test
    void eachSubmittedFigureStandsNextToThePreviousPublishedOneAndTheTarget() {
        long indicator = indicatorOf(CATALOGUE);
        campaign.submitted(
                ans,
                "3-1",
                ProgressStatus.ON_TRACK,
                "52 applications.",
                new NewMeasurement(
                        null,
                        indicator,
                        new BigDecimal("52"),
                        LocalDate.of(2025, 6, 1),
                        fr.gouv.sante.jalons.shared.FigureQualifier.AT_LEAST,
                        fr.gouv.sante.jalons.shared.DatePrecision.MONTH));

        String page = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD)
                .get("/admin/revue/3-1")
                .body();

        assertThat(page)
                .containsSubsequence(
                        "Dernière valeur publiée",
                        "Applications référencées dans le catalogue",
                        "plus de 52 applications en juin 2025",
                        "36 applications à la date du bilan",
                        "50 applications fin 2026");
    }

    @Test
    void anObjectiveWithNoReportSaysSoFirstAndOffersNothingToValidate() {
        String page = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD)
                .get("/admin/revue/2-2")
                .body();

        String main = page.substring(page.indexOf("<h1"), page.indexOf("</main>"));
        assertThat(main)
                .contains("Aucun point d’avancement n’a encore été rédigé pour cette période.")
                .doesNotContain("Statut inchangé", "identique", "Valider", "Renvoyer", "/admin/revue/2-2/validation");
        // said first: before any section of the review
        int notice = main.indexOf("Aucun point d’avancement");
        int firstSection = main.indexOf("fr-h4");
        assertThat(firstSection < 0 || notice < firstSection).isTrue();
    }

    @Test
    void severalSubmittedReportsAreValidatedAtOnceAndAStaleOneIsLeftForAnotherLook() {
        submit(CATALOGUE, ProgressStatus.ON_TRACK, "Catalogue : 45 applications.", List.of());
        ObjectiveCode other = ObjectiveCode.parse("3-3");
        submit(other, ProgressStatus.ON_TRACK, "Avancement de 3-3.", List.of());
        long seenCatalogue = campaign.version("3-1");
        long seenOther = campaign.version("3-3");
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        String reports = session.get("/admin/campagne/rapports").body();
        assertThat(reports).contains("value=\"3-1:" + seenCatalogue + "\"", "value=\"3-3:" + seenOther + "\"");
        // meanwhile another administrator sends 3-3 back and the ANS submits it again: not what this one read
        campaign.sentBack("3-3", "Ajoutez le calendrier.");
        submit(other, ProgressStatus.AT_RISK, "Avancement de 3-3, avec le calendrier.", List.of());

        HttpResponse<String> posted = session.post(
                "/admin/revue/validation-groupee",
                true,
                "rapports",
                "3-1:" + seenCatalogue,
                "rapports",
                "3-3:" + seenOther,
                "rapports",
                "n'importe quoi");
        assertThat(posted.statusCode()).isEqualTo(302);
        String result = session.get("/admin/campagne/rapports").body();

        assertThat(result)
                .contains(
                        "1 point d’avancement validé : 3-1.",
                        "3-3 : non validé",
                        "1 case cochée illisible a été ignorée");
        assertThat(campaign.state("3-1")).isEqualTo(ReportState.VALIDATED);
        assertThat(campaign.state("3-3")).isEqualTo(ReportState.SUBMITTED);
    }

    @Test
    void validatingNothingSaysSoAndEditorsMayNot() {
        submit(CATALOGUE, ProgressStatus.ON_TRACK, "Catalogue : 45 applications.", List.of());
        long version = campaign.version("3-1");
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        session.get("/admin/campagne/rapports");
        assertThat(session.post("/admin/revue/validation-groupee", true).statusCode())
                .isEqualTo(302);
        assertThat(session.get("/admin/campagne/rapports").body())
                .contains("Cochez au moins un point d’avancement à valider.");

        WebSession editor = WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD);
        editor.get("/espace");
        assertThat(editor.post("/admin/revue/validation-groupee", true, "rapports", "3-1:" + version)
                        .statusCode())
                .isEqualTo(403);
        assertThat(campaign.state("3-1")).isEqualTo(ReportState.SUBMITTED);
    }

    @Test
    void theHistoryReadsAsFrenchSentencesFilteredByPersonAndDates() {
        submit(
                CATALOGUE,
                ProgressStatus.ACHIEVED,
                "52 applications.",
                List.of(new NewMeasurement(indicatorOf(CATALOGUE), new BigDecimal("52"), LocalDate.of(2025, 6, 15))));
        campaign.validated("3-1");
        var created = accounts.create(
                admin, new NewAccount("revue-historique@test.jalons", "Revue Historique", Role.EDITOR, "ANS"));
        accounts.changeRole(admin, created.id(), Role.READER, "ANS");
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);

        String objective = session.get("/admin/objectifs/3-1/historique").body();
        assertThat(objective)
                .contains(
                        "<title>Historique 3-1 — Jalons</title>",
                        "Point d’avancement 2025-S1 rédigé et soumis",
                        "Statut : Atteint",
                        "État : Soumis → Validé",
                        "Mesure ajoutée : 52 applications au 15 juin 2025 (Applications référencées dans le catalogue",
                        "Données brutes (avant / après)");
        assertThat(objective).doesNotContain("th:");

        String byAdmin = session.get("/admin/objectifs/3-1/historique?auteur="
                        + java.net.URLEncoder.encode(admin.label(), java.nio.charset.StandardCharsets.UTF_8))
                .body();
        assertThat(byAdmin).contains("Point d’avancement 2025-S1 validé").doesNotContain("rédigé et soumis");

        String everything = session.get("/admin/historique").body();
        assertThat(everything).contains("Rôle : Contributeur → Lecteur", "Campagne 2025-S1 ouverte", "Objectif 3-1");

        String future = session.get("/admin/historique?du=2199-01-01").body();
        assertThat(future).contains("Aucune modification ne correspond à ces critères.");
    }

    @Test
    void badHistoryFiltersAreNamedNeverA500() {
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        for (String query : List.of(
                "?du=demain",
                "?au=2025-13-45",
                "?du=%2B999999999-12-31",
                "?du=2025-06-01&au=2025-01-01",
                "?auteur=%00%0A%27--",
                "?du=" + "9".repeat(5000))) {
            HttpResponse<String> response = session.get("/admin/historique" + query);
            assertThat(response.statusCode()).as(query).isEqualTo(200);
        }
        assertThat(session.get("/admin/historique?du=demain").body())
                .contains("La date de début n’est pas une date valide");
        assertThat(session.get("/admin/historique?du=2025-06-01&au=2025-01-01").body())
                .contains("La date de fin précède la date de début");
    }
}
