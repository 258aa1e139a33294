package fr.gouv.sante.jalons.bilan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.roadmap.RoadmapEditing;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.PdfUa;
import fr.gouv.sante.jalons.support.TestUsers;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The semester report as a frozen document: the reference period's edition is written once at
 * start, served byte for byte with its SHA-256 as ETag; a new publication gets its own edition, its
 * "what changed" page and its feed entry, and leaves the earlier edition untouched.
 */
@JalonsTest
class BilanEditionTests {

    static final Path OUTPUT = Path.of("target", "bilans");
    private static final Pattern SHA = Pattern.compile("<code>([0-9a-f]{64})</code>");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReview review;

    @Autowired
    RoadmapEditing roadmap;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    HttpTestClient http;
    HttpClient client = HttpClient.newHttpClient();
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        admin = users.admin();
        awaitReady("2024-S2", 1);
    }

    private void awaitReady(String period, int number) {
        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> edition(period, number).map(EditionSummary::ready).orElse(false));
    }

    private java.util.Optional<EditionSummary> edition(String period, int number) {
        return editions.ofPeriod(period).stream()
                .filter(edition -> edition.number() == number)
                .findFirst();
    }

    private HttpResponse<byte[]> download(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The text in reading order on each page, whatever the order the fonts' runs were written in. */
    static String textInPlace(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        }
    }

    @Test
    void theReferenceEditionIsReachableFromTheHomePageAndEveryDownloadIsTheSameFile() throws Exception {
        assertThat(http.get("/").body())
                .contains(
                        "href=\"/bilans/dernier\"",
                        "Bilan du 2e semestre 2024 et ses éditions PDF",
                        "<link rel=\"alternate\" type=\"application/atom+xml\" href=\"/bilans/flux.atom\"");
        HttpResponse<String> latest = http.get("/bilans/dernier");
        assertThat(latest.statusCode()).isEqualTo(302);
        assertThat(latest.headers().firstValue("Location").orElseThrow()).endsWith("/bilans/2024-S2");

        String page = http.get("/bilans/2024-S2").body();
        assertThat(page)
                .contains(
                        "Bilan du 2e semestre 2024",
                        "Édition 1",
                        "Empreinte SHA-256",
                        "href=\"/bilans/2024-S2/edition-1.pdf\"");
        Matcher sha = SHA.matcher(page);
        assertThat(sha.find()).isTrue();

        HttpResponse<byte[]> first = download("/bilans/2024-S2/edition-1.pdf");
        HttpResponse<byte[]> second = download("/bilans/2024-S2/edition-1.pdf");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(sha256(first.body())).isEqualTo(sha.group(1));
        assertThat(first.headers().firstValue("ETag").orElseThrow()).isEqualTo("\"" + sha.group(1) + "\"");
        assertThat(download("/bilans/2024-S2/edition-1.pdf", "If-None-Match", "\"" + sha.group(1) + "\"")
                        .statusCode())
                .isEqualTo(304);
        Files.createDirectories(OUTPUT);
        Files.write(OUTPUT.resolve("bilan-2024-S2-edition-1.pdf"), first.body());

        String text = text(first.body());
        List<String> codes = jdbc.sql("select code from objective order by id")
                .query(String.class)
                .list();
        assertThat(codes).hasSize(65);
        for (String code : codes) {
            assertThat(text).as("objective %s in the PDF", code).contains(code + " — ");
        }
        for (int priority = 1; priority <= 18; priority++) {
            assertThat(text).contains("Priorité " + priority + " : ");
        }
        assertThat(text)
                .contains(
                        "Bilan du 2e semestre 2024",
                        "Résumé",
                        "Ce qui a changé",
                        "Organisations porteuses",
                        "Annexe : recalages");
        // no pilot is documented, so the edition names none
        assertThat(text).doesNotContain("(pilote)");
        // deadlines and targets as precise as the report gives them: never a day it does not give
        assertThat(text)
                .contains("Échéance : fin 2024", "Échéance : 1er trimestre 2024", "Échéance : juin 2026")
                .doesNotContain("31 décembre 2024", "31 mars 2024", "30 juin 2026");
        try (PDDocument document = Loader.loadPDF(first.body())) {
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Bilan du 2e semestre 2024");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
        }
        assertThat(editions.ofPeriod("2024-S2")).hasSize(1);
    }

    @Test
    void publishingANewPeriodFreezesItsOwnEditionAndLeavesTheEarlierOneUntouched() throws Exception {
        byte[] before = download("/bilans/2024-S2/edition-1.pdf").body();
        assertThat(review.correction(admin, ObjectiveCode.parse("3-1"), "2024-S2")
                        .status())
                .isNotEqualTo(ProgressStatus.ACHIEVED);

        campaign.open()
                .validated(
                        users.editor("ANS"),
                        "3-1",
                        ProgressStatus.ACHIEVED,
                        "Cinquante-deux applications référencées avec échanges.",
                        campaign.measurement("3-1", "52", LocalDate.of(2025, 6, 15)));
        campaign.published();

        campaign.bilanWritten("2025-S1");
        HttpResponse<byte[]> pdf = download("/bilans/2025-S1/edition-1.pdf");
        assertThat(pdf.statusCode()).isEqualTo(200);
        Files.createDirectories(OUTPUT);
        Files.write(OUTPUT.resolve("bilan-2025-S1-edition-1.pdf"), pdf.body());
        String text = text(pdf.body());
        assertThat(text)
                .contains(
                        "Bilan du 1er semestre 2025",
                        "Cinquante-deux applications",
                        "non mis à jour au bilan du 1er semestre 2025");
        assertThat(http.get("/bilans/2025-S1").body()).contains(sha256(pdf.body()));

        String changes = http.get("/bilans/2025-S1/evolutions").body();
        assertThat(changes).contains("Évolutions entre le bilan du 2e semestre 2024 et celui du 1er semestre 2025.");
        // the trail goes through the list of bilans, as the edition page's does
        assertThat(changes)
                .containsPattern("(?s)<ol class=\"fr-breadcrumb__list\">.*href=\"/\".*href=\"/bilans\">Bilans</a>"
                        + ".*href=\"/bilans/2025-S1\">Bilan du 1er semestre 2025</a>.*aria-current=\"page\"");
        String moves = changes.substring(
                changes.indexOf("Changements de statut"), changes.indexOf("Objectifs nouvellement atteints"));
        assertThat(moves).contains("3-1 — Catalogue d&#39;applications avec échanges", "Atteint");
        assertThat(changes.substring(changes.indexOf("Objectifs nouvellement atteints")))
                .contains("3-1 — ");
        assertThat(changes)
                .contains("52 applications au 15 juin 2025", "Objectifs non mis à jour au 1er semestre 2025 (64)");

        Document feed = parse(http.get("/bilans/flux.atom"));
        Element root = feed.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("feed");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2005/Atom");
        List<String> titles = texts(feed, "title");
        assertThat(titles).contains("Bilan du 1er semestre 2025 publié", "Bilan du 2e semestre 2024 publié");
        NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
        Element newest = (Element) entries.item(0);
        assertThat(newest.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "title")
                        .item(0)
                        .getTextContent())
                .isEqualTo("Bilan du 1er semestre 2025 publié");
        assertThat(((Element) newest.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link")
                                .item(0))
                        .getAttribute("href"))
                .endsWith("/bilans/2025-S1");
        for (int i = 0; i < entries.getLength(); i++) {
            Element entry = (Element) entries.item(i);
            for (String required : List.of("id", "title", "updated")) {
                assertThat(entry.getElementsByTagNameNS("http://www.w3.org/2005/Atom", required)
                                .getLength())
                        .isEqualTo(1);
            }
        }
        assertThat(texts(parse(http.get("/bilans/flux/3-1.atom")), "title"))
                .contains("3-1 : point d’avancement du 1er semestre 2025 publié (Atteint)");

        assertThat(download("/bilans/2024-S2/edition-1.pdf").body()).isEqualTo(before);
        assertThat(editions.ofPeriod("2024-S2")).hasSize(1);

        // two late reports, each published in a supplementary publication: public on the web, but no
        // new edition until the DNS issues one, which then lists both
        campaign.validated(users.editor("CNAM"), "1-1", ProgressStatus.AT_RISK, "Rapport arrivé en retard.");
        campaign.published();
        CurrentUser owner = editorOf("1-2");
        campaign.validated(owner, "1-2", ProgressStatus.ON_TRACK, "Second rapport arrivé en retard.");
        campaign.published();
        assertThat(editions.ofPeriod("2025-S1")).hasSize(1);
        assertThat(http.get("/objectifs/1-1").body()).contains("Rapport arrivé en retard.");

        var session = fr.gouv.sante.jalons.support.WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        String pending = session.get("/admin/bilans").body();
        assertThat(pending)
                .contains(
                        "Émettre une nouvelle édition",
                        "2 changements depuis l’édition n° 1",
                        "Points d’avancement en retard publiés depuis (2)",
                        "1-1 — ",
                        "1-2 — ",
                        "/admin/bilans/2025-S1/nouvelle-edition");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> editions.issue(owner, "2025-S1"))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(session.post("/admin/bilans/2025-S1/nouvelle-edition", true).statusCode())
                .isEqualTo(302);
        assertThat(session.get("/admin/bilans").body()).contains("L’édition n° 2 est émise");
        awaitReady("2025-S1", 2);
        byte[] second = download("/bilans/2025-S1/edition-2.pdf").body();
        assertThat(text(second))
                .contains(
                        "Édition 2 — publication complémentaire",
                        "Rapport arrivé en retard.",
                        "Second rapport arrivé en retard.");
        assertThat(editions.changesIn("2025-S1", 2).lateReports())
                .extracting(EditionChanges.LateReport::objectiveCode)
                .containsExactly("1-1", "1-2");
        // once issued, the edition is up to date: issuing again is refused with a message, nothing is made
        assertThat(session.get("/admin/bilans").body()).contains("Rien n’a été rendu public depuis l’édition n° 2");
        session.post("/admin/bilans/2025-S1/nouvelle-edition", true);
        assertThat(session.get("/admin/bilans").body()).contains("une nouvelle édition serait identique");
        assertThat(editions.ofPeriod("2025-S1")).hasSize(2);
        assertThat(download("/bilans/2025-S1/edition-1.pdf").body()).isEqualTo(pdf.body());
        assertThat(text(pdf.body())).doesNotContain("Rapport arrivé en retard.");
        assertThat(http.get("/bilans/2025-S1").body())
                .contains("Édition 1", "Édition 2", sha256(pdf.body()), sha256(second));
        assertThat(texts(parse(http.get("/bilans/flux.atom")), "title"))
                .contains("Bilan du 1er semestre 2025 : publication complémentaire n° 2");
    }

    /** An editor of the first organisation, alphabetically, owning the objective. */
    private CurrentUser editorOf(String code) {
        String acronym = roadmap.structure(admin, ObjectiveCode.parse(code)).ownerAcronyms().stream()
                .sorted()
                .findFirst()
                .orElseThrow();
        return users.editor(acronym);
    }

    @Test
    void aCorrectionIsListedAsAnErratumAndTheEditionStaysAsItWas() throws Exception {
        byte[] before = download("/bilans/2024-S2/edition-1.pdf").body();
        campaign.corrected(
                "3-1",
                "2024-S2",
                ProgressStatus.AT_RISK,
                "À date, 36 applications sont référencées. Aucun éditeur avec échange de données.",
                "Erreur de statut signalée par l’ANS");

        String page = http.get("/bilans/2024-S2").body();
        assertThat(page).contains("Errata", "Objectif 3-1 : correction du", "Erreur de statut signalée par l’ANS");
        assertThat(download("/bilans/2024-S2/edition-1.pdf").body()).isEqualTo(before);
        assertThat(texts(parse(http.get("/bilans/flux.atom")), "title"))
                .contains("Correction de l’objectif 3-1 au bilan du 2e semestre 2024");
    }

    @Autowired
    fr.gouv.sante.jalons.bilan.domain.BilanEditions editions;

    @Test
    void aFailedEditionIsShownToTheAdministratorAndCanBeRetriedByAnAdministratorOnly() throws Exception {
        // an edition whose generation failed (e.g. the machine stopped): number 2 of 2024-S2
        jdbc.sql("""
                insert into bilan_edition (period_code, number, published_at, state, failure, attempts)
                values ('2024-S2', 2, now(), 'FAILED', 'IllegalStateException: disque plein', 1)""").update();
        long id = edition("2024-S2", 2).orElseThrow().id();
        var session = fr.gouv.sante.jalons.support.WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        String page = session.get("/admin/bilans").body();
        assertThat(page)
                .contains(
                        "Échec de la génération",
                        "IllegalStateException: disque plein",
                        "Relancer",
                        "/admin/bilans/" + id + "/relance");
        assertThat(http.get("/admin/bilans").statusCode()).isIn(302, 401, 403);
        assertThat(http.get("/bilans/2024-S2/edition-2.pdf").statusCode()).isEqualTo(404);

        CurrentUser editor = users.editor("ANS");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> editions.retry(editor, id))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
        assertThat(session.post("/admin/bilans/" + id + "/relance", true).statusCode())
                .isEqualTo(302);
        awaitReady("2024-S2", 2);
        assertThat(session.get("/admin/bilans").body()).doesNotContain("Échec de la génération");
        assertThat(download("/bilans/2024-S2/edition-2.pdf").statusCode()).isEqualTo(200);
    }

    /** Every construct {@code MarkdownText} lets through, with code, emoji, CJK and French typography. */
    static final String RICH_NARRATIVE = """
            Avancement **net** et *mesuré* : la version `2.1` est déployée.\\
            Ligne suivante après un saut de ligne.

            - premier point avec `code` et [un lien](https://esante.gouv.fr/)
            - second point
              1. sous-point numéroté
              2. écrire à [la DNS](mailto:dns@sante.gouv.fr)

            > Citation d’un *éditeur* : **« ça marche »**

            ```
            bloc de code
              indenté
            ```

            # Un titre, gardé comme texte

            Émoji 😀, ❤️ et 🩺, chinois 中文, code `état ✔ 😀`, accents àéîõüç, symboles ≥ ≤ → € ½, 42 % avec espace fine.
            <script>alert(1)</script>
            """;

    /** Opens 2025-S1 and validates a report of 3-1 with this narrative. */
    private void validate31In2025S1(String narrative) {
        campaign.open().validated(users.editor("ANS"), "3-1", ProgressStatus.ON_TRACK, narrative);
    }

    /**
     * Publishes 2025-S1 with one report of 3-1, has its edition written (a publication in the tests
     * leaves it pending) and waits until it is no longer pending: its state, and its failure if any.
     */
    private String publish2025S1With(String narrative) {
        validate31In2025S1(narrative);
        campaign.published();
        editions.writePending();
        EditionSummary edition = await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> edition("2025-S1", 1).orElseThrow(), found -> found.state() != EditionState.PENDING);
        return (edition.state() + " " + (edition.failure() == null ? "" : edition.failure())).strip();
    }

    @Test
    void aNarrativeWithCodeEmojiAndChineseIsPrintedInATaggedPdfAndAFailedEditionIsRetriedOnceFixed() throws Exception {
        assertThat(publish2025S1With(RICH_NARRATIVE)).isEqualTo("READY");
        byte[] pdf = download("/bilans/2025-S1/edition-1.pdf").body();
        Files.createDirectories(OUTPUT);
        Files.write(OUTPUT.resolve("bilan-2025-S1-rich-narrative.pdf"), pdf);
        // lines are wrapped where the page needs it: words are compared with single spaces
        String text = textInPlace(pdf).replaceAll("\\s+", " ");
        assertThat(text)
                .contains(
                        "la version 2.1 est déployée",
                        "bloc de code",
                        "sous-point numéroté",
                        "Citation d’un éditeur",
                        "Un titre, gardé comme texte",
                        "accents àéîõüç, symboles ≥ ≤ → € ½",
                        "Émoji 😀, ❤",
                        "[caractère non imprimable U+1FA7A]",
                        "[caractère non imprimable U+4E2D]",
                        "état ✔ 😀",
                        "<script>alert(1)</script>")
                .doesNotContain("🩺", "中", "#");
        assertThat(PdfUa.failedRules(pdf)).isEmpty();

        // an edition left failed by an earlier fault is written once an administrator retries it
        jdbc.sql("""
                insert into bilan_edition (period_code, number, published_at, state, failure, attempts)
                values ('2025-S1', 2, now(), 'FAILED',
                        'FontNotFoundException: no font could be found for families: [monospace]', 1)""").update();
        long id = edition("2025-S1", 2).orElseThrow().id();
        var session = fr.gouv.sante.jalons.support.WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        assertThat(session.post("/admin/bilans/" + id + "/relance", true).statusCode())
                .isEqualTo(302);
        awaitReady("2025-S1", 2);
        assertThat(textInPlace(download("/bilans/2025-S1/edition-2.pdf").body()).replaceAll("\\s+", " "))
                .contains("la version 2.1 est déployée");
    }

    private static int bookmarks(PDOutlineNode node) {
        int count = 0;
        for (PDOutlineItem item : node.children()) {
            count += 1 + bookmarks(item);
        }
        return count;
    }

    @Test
    void theReferenceEditionIsADocumentTheDnsCanSignAndTheSameDataGiveTheSameBytes() throws Exception {
        byte[] pdf = download("/bilans/2024-S2/edition-1.pdf").body();
        assertThat(PdfUa.failedRules(pdf)).isEmpty();
        String text = textInPlace(pdf).replaceAll("\\s+", " ");
        assertThat(text)
                .contains(
                        "RÉPUBLIQUE FRANÇAISE Liberté Égalité Fraternité",
                        "Sommaire",
                        "Note de méthode",
                        "« reconstitué »",
                        "« plus de »",
                        "au moins N %",
                        "Sources",
                        "Point d’avancement de la feuille de route du numérique en santé 2023-2027, objectif par objectif",
                        "Lancement de la Feuille de route du numérique en santé 2023-2027")
                // the reference period was published before syntheses existed: no synthesis section
                .doesNotContain("Synthèse");
        // the table of contents gives each axis its page
        assertThat(text).containsPattern("Axe 1 : Prévention \\.{3,} ?[0-9]+");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
            assertThat(outline).isNotNull();
            assertThat(bookmarks(outline)).isGreaterThanOrEqualTo(4 + 18 + 65);
            // the December 2024 report gives a month, not a day: so do the document's dates
            assertThat(document.getDocumentInformation()
                            .getCOSObject()
                            .getString(org.apache.pdfbox.cos.COSName.CREATION_DATE))
                    .isEqualTo("D:202412");
            // a table's header never ends a page alone: its first rows always follow it
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                List<String> lines = stripper.getText(document)
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.matches("[0-9]+ / [0-9]+"))
                        .toList();
                String last = lines.get(lines.size() - 1);
                assertThat(last)
                        .as("the last line of page %d", page)
                        .isNotEqualTo("Date Valeur Type")
                        .doesNotStartWith("Valeurs de l’indicateur")
                        .doesNotStartWith("Périmètre Atteint");
            }
        }

        // built again from the same data (deleted, then written anew), the edition has the same bytes
        jdbc.sql("delete from bilan_edition where period_code = '2024-S2' and number = 1")
                .update();
        jdbc.sql("""
                insert into bilan_edition (period_code, number, published_at, state, attempts)
                select code, 1, published_at, 'FAILED', 1 from reporting_period where code = '2024-S2'""").update();
        editions.retry(admin, edition("2024-S2", 1).orElseThrow().id());
        awaitReady("2024-S2", 1);
        assertThat(sha256(download("/bilans/2024-S2/edition-1.pdf").body())).isEqualTo(sha256(pdf));
    }

    @Test
    void theSynthesisEnteredWithThePublicationIsPrintedAndShownOnTheEditionPage() throws Exception {
        validate31In2025S1("Avancé.");
        String version = String.valueOf(campaign.periodVersion());
        var session = fr.gouv.sante.jalons.support.WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        assertThat(session.get("/admin/publication").body()).contains("Synthèse du bilan", "name=\"synthesis\"");

        // too long: nothing is published, the text typed comes back with its error
        String tooLong = "Synthèse trop longue. " + "x".repeat(10_000);
        session.post("/admin/publication", true, "periodVersion", version, "expected", "1", "synthesis", tooLong);
        assertThat(campaign.publications()).isZero();
        String again = session.get("/admin/publication").body();
        assertThat(again).contains("La synthèse dépasse 10 000 caractères", "Synthèse trop longue. xxx");

        String synthesis = "Le semestre est marqué par **trois avancées** :\n\n- le catalogue\n- la messagerie";
        assertThat(session.post(
                                "/admin/publication",
                                true,
                                "periodVersion",
                                version,
                                "expected",
                                "1",
                                "synthesis",
                                synthesis)
                        .statusCode())
                .isEqualTo(302);
        campaign.bilanWritten("2025-S1");
        byte[] pdf = download("/bilans/2025-S1/edition-1.pdf").body();
        String text = textInPlace(pdf).replaceAll("\\s+", " ");
        assertThat(text).contains("Synthèse Le semestre est marqué par trois avancées : le catalogue la messagerie");
        assertThat(PdfUa.failedRules(pdf)).isEmpty();
        assertThat(http.get("/bilans/2025-S1").body())
                .contains("<strong>trois avancées</strong>", "Note de méthode", "Sources", "Axe 1 : Prévention");
    }

    @Test
    void theDraftShownBeforePublishingIsTheEditionThenFrozenOnlyMarkedProjet() throws Exception {
        validate31In2025S1("Avancement vu dans le projet avant publication.");
        var session = fr.gouv.sante.jalons.support.WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        assertThat(session.get("/admin/publication").body())
                .contains("Voir avant de publier", "href=\"/admin/publication/projet.pdf\"");

        HttpResponse<byte[]> draft = session.download("/admin/publication/projet.pdf");
        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.headers().firstValue("Content-Type").orElseThrow()).isEqualTo("application/pdf");
        assertThat(draft.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store", "private");
        // neither the public nor an editor sees what is not published yet
        assertThat(http.get("/admin/publication/projet.pdf").statusCode()).isIn(302, 401, 403);
        CurrentUser ans = users.editor("ANS");
        assertThat(fr.gouv.sante.jalons.support.WebSession.signedIn(port, ans.email(), TestUsers.PASSWORD)
                        .download("/admin/publication/projet.pdf")
                        .statusCode())
                .isIn(302, 403);
        // the preview saved nothing: 2025-S1 is still unpublished, its report only validated
        assertThat(campaign.publications()).isZero();
        assertThat(http.get("/objectifs/3-1").body()).doesNotContain("Avancement vu dans le projet");

        Files.createDirectories(OUTPUT);
        Files.write(OUTPUT.resolve("projet-bilan-2025-S1.pdf"), draft.body());
        try (PDDocument document = Loader.loadPDF(draft.body())) {
            assertThat(document.getDocumentInformation().getTitle()).startsWith("Projet — Bilan du 1er semestre 2025");
        }
        assertThat(PdfUa.failedRules(draft.body())).isEmpty();

        campaign.published();
        campaign.bilanWritten("2025-S1");
        byte[] frozen = download("/bilans/2025-S1/edition-1.pdf").body();
        String draftText = text(draft.body());
        String band = "PROJET — DOCUMENT NON PUBLIÉ, SUSCEPTIBLE D’ÉVOLUER";
        try (PDDocument document = Loader.loadPDF(draft.body())) {
            assertThat(draftText.split(band, -1).length - 1).isEqualTo(document.getNumberOfPages());
        }
        assertThat(draftText).contains("Avancement vu dans le projet avant publication.");
        assertThat(draftText.replace(band + System.lineSeparator(), "").replace(band, ""))
                .isEqualTo(text(frozen));
    }

    @Test
    void unknownOrMalformedAddressesAreNotFound() {
        for (String path : List.of(
                "/bilans/abc",
                "/bilans/2031-S1",
                "/bilans/2024-S2/edition-9.pdf",
                "/bilans/2024-S2/edition-0.pdf",
                "/bilans/2024-S2/edition-99999999999.pdf",
                "/bilans/2024-S3/evolutions",
                "/bilans/flux/99-9.atom",
                "/bilans/flux/abc.atom")) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
        }
    }

    @Test
    void theFrozenBytesCannotBeReplacedEvenByHand() {
        long id = edition("2024-S2", 1).orElseThrow().id();
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> jdbc.sql("update bilan_edition set pdf = '\\x00'::bytea where id = ?")
                                .param(id)
                                .update())
                .hasMessageContaining("frozen");
    }

    private static Document parse(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document document, String element) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2005/Atom", element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
