package fr.gouv.sante.jalons.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The public pages as a visitor's browser receives them (HTML over HTTP). */
@JalonsTest
class DashboardPagesTests {

    private static final Pattern RESULT_CODE = Pattern.compile("<tr>\\s*<td>([0-9]+-[0-9]+)</td>");

    @LocalServerPort
    int port;

    HttpTestClient http;

    @BeforeEach
    void client() {
        http = new HttpTestClient(port);
    }

    private String page(String path) {
        HttpResponse<String> response = http.get(path, "Accept", "text/html");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("text/html");
        return response.body();
    }

    private List<String> resultCodes(String html) {
        Matcher matcher = RESULT_CODE.matcher(html);
        List<String> codes = new java.util.ArrayList<>();
        while (matcher.find()) {
            codes.add(matcher.group(1));
        }
        return codes;
    }

    static List<String> publicPages() {
        return List.of(
                "/",
                "/axes/1",
                "/axes/4",
                "/objectifs",
                "/objectifs/1-1",
                "/objectifs/7-3",
                "/objectifs/14-2",
                "/organisations",
                "/organisations/ans",
                "/organisations/ars-grades",
                "/organisations/gie-sesam-vitale",
                "/accessibilite",
                "/mentions-legales",
                "/donnees-personnelles",
                "/donnees-ouvertes");
    }

    @ParameterizedTest
    @MethodSource("publicPages")
    void everyPublicPageIsFrenchWithOneHeadingSkipLinksAndTheMandatoryFooterLinks(String path) {
        String html = page(path);
        assertThat(html).contains("<html lang=\"fr\"");
        assertThat(html.split("<h1", -1)).as("one h1 on %s", path).hasSize(2);
        assertThat(html).contains("href=\"#contenu\"", "id=\"contenu\"");
        assertThat(html).contains("Accessibilité : non conforme", "Mentions légales", "Données personnelles");
        assertThat(html).doesNotContain("??", "Exception");
    }

    @Test
    void homeShowsTheHeadlineTheCountsByStatusAndTheFourAxes() {
        String html = page("/");
        assertThat(html)
                .contains(
                        "Feuille de route du numérique en santé 2023-2027",
                        "4 axes, 18 priorités et 65 objectifs",
                        "Dernier bilan publié : 2e semestre 2024, publié en décembre 2024.");
        // the same numbers as text: 15 achieved, 26 on track, 13 at risk, 9 late, 2 not started
        assertThat(html)
                .contains("Atteint : 15, En bonne voie : 26, À surveiller : 13, En retard : 9, Non démarré : 2");
        assertThat(html)
                .contains(
                        "Axe 1 : Prévention",
                        "Axe 2 : Prise en charge",
                        "Axe 3 : Accès à la santé",
                        "Axe 4 : Cadre propice");
        assertThat(html).contains("href=\"/opendata/objectives.csv\"", "href=\"/api/v1/objectives\"");
    }

    @Test
    void anAxisListsItsPrioritiesWithTheirObjectives() {
        String html = page("/axes/3");
        assertThat(html).contains("Priorité 11 :", "Priorité 14 : Diffuser largement l&#39;appli carte Vitale");
        assertThat(resultCodes(html))
                .containsExactly(
                        "11-1", "11-2", "11-3", "12-1", "12-2", "12-3", "13-1", "13-2", "13-3", "14-1", "14-2");
    }

    @Test
    void anObjectivePageShowsTargetOwnersStatusNarrativeIndicatorsAndHistory() {
        String html = page("/objectifs/7-3");
        assertThat(html).contains("7-3 — Simplification et digitalisation des parcours administratifs à l&#39;hôpital");
        assertThat(html).contains("Atteindre 1 200 établissements de santé utilisateurs de CDRi");
        // the documents name the owners without a pilot: none is shown until the DNS designates one
        assertThat(html).contains("href=\"/organisations/dgos\"", "href=\"/organisations/gie-sesam-vitale\"");
        assertThat(html).doesNotContain("(pilote)");
        assertThat(html).contains("À surveiller", "Échéance dépassée");
        assertThat(html).contains("1134 établissements de santé sont utilisateurs de CDRi à fin octobre 2024.");
        // a single measurement is a figure card (a lone point on a chart tells nothing), with the values as a table
        assertThat(html)
                .contains(
                        "<span>Valeurs mesurées et visées, par date</span><span class=\"fr-sr-only\">"
                                + " de l’indicateur « Établissements de santé utilisateurs de CDRi »</span>",
                        "1\u202f134 établissements en octobre 2024 — cible 1\u202f200 établissements fin 2024 — 94 %",
                        "Avancement vers la cible : 94 %.");
        assertThat(html).contains("Historique des bilans publiés", "2e semestre 2024");
    }

    @Test
    void everyIndicatorTableListsItsValuesInDateOrder() {
        Pattern table =
                Pattern.compile("<figure[^>]*class=\"jalons-chart[^\"]*\".*?<tbody>(.*?)</tbody>", Pattern.DOTALL);
        Pattern firstCell = Pattern.compile("<tr>\\s*<td>([^<]+)</td>");
        java.time.format.DateTimeFormatter french =
                java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.FRANCE);
        int tables = 0;
        int mixed = 0;
        for (String code : resultCodes(page("/objectifs"))) {
            Matcher figure = table.matcher(page("/objectifs/" + code));
            while (figure.find()) {
                tables++;
                List<java.time.LocalDate> dates = new java.util.ArrayList<>();
                Matcher cell = firstCell.matcher(figure.group(1));
                while (cell.find()) {
                    dates.add(firstDayOf(cell.group(1), french));
                }
                if (figure.group(1).contains("<td>Mesure</td>")
                        && figure.group(1).contains("<td>Cible</td>")) {
                    mixed++;
                }
                assertThat(dates).as(code).isSorted();
            }
        }
        assertThat(tables).isGreaterThan(5);
        assertThat(mixed).as("tables with both measurements and targets").isPositive();
    }

    /**
     * The first day a date cell can mean: a day ("1er octobre 2024"), a month ("octobre 2024", "date du
     * bilan de décembre 2024"), a quarter ("1er trimestre 2024") or a semester ("1er semestre 2024"), as
     * precise as the source; "fin 2024", a target's year, means its last day.
     */
    private static java.time.LocalDate firstDayOf(String cell, java.time.format.DateTimeFormatter day) {
        String text = cell.strip().replace("date du bilan de ", "");
        Matcher semester = Pattern.compile("(1er|2e) semestre (\\d{4})").matcher(text);
        if (semester.matches()) {
            return java.time.LocalDate.of(
                    Integer.parseInt(semester.group(2)), semester.group(1).equals("1er") ? 1 : 7, 1);
        }
        Matcher quarter = Pattern.compile("([1-4])(?:er|e) trimestre (\\d{4})").matcher(text);
        if (quarter.matches()) {
            return java.time.LocalDate.of(
                    Integer.parseInt(quarter.group(2)), Integer.parseInt(quarter.group(1)) * 3 - 2, 1);
        }
        if (text.matches("fin \\d{4}")) {
            return java.time.LocalDate.of(Integer.parseInt(text.substring(4)), 12, 31);
        }
        if (text.split(" ").length == 2) {
            return java.time.YearMonth.parse(
                            text, java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", java.util.Locale.FRANCE))
                    .atDay(1);
        }
        return java.time.LocalDate.parse(text.replace("1er ", "1 "), day);
    }

    @Test
    void anAchievedObjectiveIsNeverShownPastItsDeadline() {
        String html = page("/objectifs/9-1");
        assertThat(html).contains("Atteint").doesNotContain("Échéance dépassée");
    }

    @Test
    void narrativesInMarkdownRenderAsLists() {
        assertThat(page("/objectifs/14-2")).contains("<ul>", "<li>");
    }

    @Test
    void searchingOrdonnanceFindsTheObjectivesAboutPrescriptions() {
        List<String> codes = resultCodes(page("/objectifs?q=ordonnance"));
        assertThat(codes).contains("1-2", "8-4");
    }

    @Test
    void searchIgnoresAccentsAndUsesFrenchStemming() {
        assertThat(resultCodes(page("/objectifs?q=telesurveillance"))).contains("5-6", "12-3");
        assertThat(resultCodes(page("/objectifs?q=Entrepots"))).contains("18-2");
        assertThat(resultCodes(page("/objectifs?q=ordonnances"))).contains("1-2", "8-4");
    }

    @Test
    void filtersCombineAndStayInTheUrl() {
        assertThat(resultCodes(page("/objectifs?organisation=pds"))).containsExactly("18-1", "18-2", "18-3");
        assertThat(resultCodes(page("/objectifs?statut=non-demarre"))).containsExactly("13-3", "17-3");
        assertThat(resultCodes(page("/objectifs?axe=4&statut=en-retard")))
                .containsExactly("16-1", "16-4", "17-1", "18-1");
        assertThat(resultCodes(page("/objectifs?priorite=14"))).containsExactly("14-1", "14-2");
        assertThat(resultCodes(page("/objectifs?annee=2023&statut=atteint")))
                .containsExactly("12-3", "13-1", "15-1", "17-2");
        String sorted = page("/objectifs?organisation=pds&tri=echeance");
        assertThat(resultCodes(sorted)).containsExactly("18-1", "18-3", "18-2");
        assertThat(sorted).contains("3 objectifs").contains("<option value=\"pds\" selected=\"selected\">PDS</option>");
    }

    @Test
    void theHeadingAndTheTitleNameTheSearchAndTheFiltersApplied() {
        String html = page("/objectifs?q=ordonnance&organisation=ans&statut=en-retard&depassee=oui");
        String criteria =
                "recherche « ordonnance », statut : En retard, organisation porteuse : ANS," + " échéance dépassée";
        assertThat(html)
                .contains("<h1>Objectifs de la feuille de route : " + criteria + "</h1>")
                .containsPattern("<title>Objectifs : " + Pattern.quote(criteria)
                        + " \\((Aucun objectif|[0-9]+ objectifs?)\\) — Jalons</title>");
        String plain = page("/objectifs?statut=fini");
        assertThat(plain)
                .contains("<h1>Les objectifs de la feuille de route</h1>")
                .contains("<title>Objectifs — Jalons</title>");
    }

    @Test
    void theCsvLinkCarriesTheFiltersOfTheList() {
        assertThat(page("/objectifs?q=sant%C3%A9+num%C3%A9rique&axe=4&tri=echeance&annee="))
                .contains("href=\"/opendata/objectives.csv?q=sant%C3%A9+num%C3%A9rique&amp;axe=4&amp;tri=echeance\"");
        assertThat(page("/objectifs")).contains("href=\"/opendata/objectives.csv\"");
    }

    @Test
    void afterASearchTheFiltersStayFoldedOnAPhone() {
        // the panel opens with its button under the md breakpoint; CSS shows it from there
        assertThat(page("/objectifs?q=ordonnance&statut=en-retard"))
                .contains("aria-controls=\"filtres\" aria-expanded=\"false\"");
    }

    @Test
    void overdueMeansPastTheDeadlineOnTheDayOfTheVisitAndNotAchieved() {
        // the tests' clock says 15 January 2025
        List<String> overdue = resultCodes(page("/objectifs?depassee=oui"));
        assertThat(overdue).contains("7-3", "8-4", "16-1", "17-1").doesNotContain("9-1", "15-1", "1-1");
    }

    @Test
    void nonsenseFilterValuesAreIgnoredWithAMessage() {
        String html = page(
                "/objectifs?statut=fini&axe=9&priorite=abc&organisation=nasa&annee=1999&depassee=peut-etre&tri=hasard");
        assertThat(resultCodes(html)).hasSize(65);
        assertThat(html)
                .contains(
                        "Le filtre « Statut » a reçu une valeur inconnue (« fini »)",
                        "Le filtre « Axe » a reçu une valeur inconnue (« 9 »)",
                        "Le filtre « Organisation porteuse » a reçu une valeur inconnue (« nasa »)",
                        "Le filtre « Trier par » a reçu une valeur inconnue (« hasard »)");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "<script>alert(1)</script>",
                "' or 1=1 --",
                "\"unterminated",
                "a & b | !c",
                ":*",
                "(((",
                "\u0000\u0007 nul",
                "\u202eévolution",
                "😀 santé",
                "-",
                "\"\"",
                "ordonnance -numérique"
            })
    void anySearchInputIsSafe(String query) {
        HttpResponse<String> response =
                http.get("/objectifs?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8), "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script>alert(1)</script>", "Exception");
    }

    @Test
    void aLongSearchIsCutNotRefused() {
        HttpResponse<String> response = http.get("/objectifs?q=" + "ordonnance+".repeat(300), "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(resultCodes(response.body())).contains("1-2", "8-4");
    }

    @Test
    void aUrlLongerThanTheServerAcceptsIsABadRequestWithoutInternals() {
        HttpResponse<String> response = http.get("/objectifs?q=" + "sante+".repeat(3000), "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).doesNotContain("Exception", "Tomcat", "at org.");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/objectifs/99-9",
                "/objectifs/abc",
                "/objectifs/1-1-1",
                "/axes/5",
                "/axes/0",
                "/axes/x",
                "/organisations/nasa",
                "/page-inconnue"
            })
    void unknownThingsGetTheDsfr404Page(String path) {
        HttpResponse<String> response = http.get(path, "Accept", "text/html");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("Page non trouvée", "Erreur 404", "<html lang=\"fr\"")
                .doesNotContain("Exception", "Whitelabel");
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() {
        HttpResponse<String> response = http.get("/objectifs/1-1", "Accept", "text/html");
        String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp)
                .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline", "unsafe-eval");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(http.get("/objectifs/99-9").headers().firstValue("Content-Security-Policy"))
                .isPresent();
    }

    @Test
    void pagesHaveNoInlineScriptOrStyle() {
        for (String path : publicPages()) {
            String html = page(path);
            assertThat(html)
                    .as(path)
                    .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>")
                    .doesNotContain(" style=\"", "<style");
        }
    }

    @Test
    void publicPagesAreCachedWithAnEtagAndNoCookie() {
        HttpResponse<String> first = http.get("/");
        assertThat(first.headers().firstValue("Cache-Control")).get().asString().contains("public", "max-age=60");
        assertThat(first.headers().allValues("Set-Cookie")).isEmpty();
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.get("/", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void staticAssetsAreFingerprintedAndCachedForAYear() {
        String html = page("/");
        Matcher css = Pattern.compile("href=\"(/dsfr/dsfr\\.min-[0-9a-f]{32}\\.css)\"")
                .matcher(html);
        assertThat(css.find()).as("fingerprinted DSFR stylesheet").isTrue();
        HttpResponse<String> asset = http.get(css.group(1), "Accept-Encoding", "gzip");
        assertThat(asset.statusCode()).isEqualTo(200);
        assertThat(asset.headers().firstValue("Cache-Control")).get().asString().contains("max-age=31536000");
        assertThat(asset.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }

    @Test
    void theIconStylesheetPointsAtTheDsfrIconImagesUnderTheirFingerprintedUrls() {
        Matcher css =
                Pattern.compile("href=\"(/css/icons-[0-9a-f]{32}\\.css)\"").matcher(page("/"));
        assertThat(css.find()).as("fingerprinted icon stylesheet").isTrue();
        HttpResponse<String> icons = http.get(css.group(1));
        assertThat(icons.statusCode()).isEqualTo(200);
        // ../dsfr/icons/... in the file, rewritten as /dsfr/icons/... with the image's own hash
        Matcher image = Pattern.compile("url\\((/dsfr/icons/[a-z]+/[a-z0-9-]+-[0-9a-f]{32}\\.svg)\\)")
                .matcher(icons.body());
        assertThat(image.find())
                .as("a fingerprinted icon image in %s", icons.body())
                .isTrue();
        HttpResponse<String> svg = http.get(image.group(1));
        assertThat(svg.statusCode()).isEqualTo(200);
        assertThat(svg.body()).contains("<svg");
    }

    @Test
    void pagesAreCompressed() {
        HttpResponse<String> response = http.get("/objectifs", "Accept-Encoding", "gzip");
        assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    }
}
