package fr.gouv.sante.jalons.bilan;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.campaign.ProgressReview;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestCaches;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The Atom feeds are read by machines that trust them: every link they hold starts with the
 * application's configured address, whatever the request said, and they stay well-formed XML
 * whatever text a person typed.
 */
@JalonsTest
class AtomFeedTests {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @LocalServerPort
    int port;

    @Value("${jalons.base-url}")
    String baseUrl;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ProgressReview review;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    @Autowired
    TestCaches caches;

    HttpTestClient http;
    CurrentUser admin;

    @BeforeEach
    void setUp() {
        http = new HttpTestClient(port);
        admin = users.admin();
    }

    @Test
    void feedLinksStartWithTheConfiguredAddressWhateverTheHostHeaderSays() throws Exception {
        for (String path : List.of("/bilans/flux.atom", "/bilans/flux/3-1.atom")) {
            String answer = http.raw("HTTP/1.0", path, "Host: evil.example", "X-Forwarded-Host: evil.example");
            assertThat(answer).as(path).startsWith("HTTP/1.1 200").doesNotContain("evil.example");
            Document feed = parse(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            List<String> links = hrefs(feed);
            assertThat(links)
                    .as(path)
                    .isNotEmpty()
                    .allSatisfy(link -> assertThat(link).startsWith(baseUrl + "/"));
        }
    }

    @Test
    void aCorrectionReasonWithANonCharacterIsRefusedInFrenchAndBothFeedsStayWellFormed() throws Exception {
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        session.get("/admin/corrections/3-1?periode=2024-S2");
        HttpResponse<String> response = session.post(
                "/admin/corrections/3-1?periode=2024-S2",
                true,
                "status",
                "AT_RISK",
                "narrative",
                "Texte corrigé.",
                "reason",
                "Coquille \uFFFF signalée",
                "version",
                String.valueOf(reportVersion("3-1")));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("id=\"reason-error\"", "caractères non imprimables ou non valides");
        assertThat(jdbc.sql("select count(*) from published_revision where reason like '%Coquille%'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertWellFormed("/bilans/flux.atom");
        assertWellFormed("/bilans/flux/3-1.atom");
    }

    @Test
    void aTextStoredBeforeTheRuleIsShownWithAReplacementCharacterInsteadOfBreakingTheFeeds() throws Exception {
        campaign.corrected("3-1", "2024-S2", ProgressStatus.AT_RISK, "Texte corrigé.", "Coquille signalée");
        for (String table : List.of("published_revision", "bilan_erratum")) {
            assertThat(jdbc.sql("update " + table + " set reason = 'Coquille ' || chr(65535) || chr(1) || ' signalée' "
                                    + "where reason = 'Coquille signalée'")
                            .update())
                    .as(table)
                    .isEqualTo(1);
        }
        caches.clearAll();
        assertThat(texts(assertWellFormed("/bilans/flux.atom"), "summary")).contains("Coquille \uFFFD\uFFFD signalée");
        assertThat(texts(assertWellFormed("/bilans/flux/3-1.atom"), "summary"))
                .contains("Coquille \uFFFD\uFFFD signalée");
    }

    private long reportVersion(String code) {
        return review.correction(admin, ObjectiveCode.parse(code), "2024-S2").version();
    }

    private Document assertWellFormed(String path) throws Exception {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/atom+xml");
        return parse(response.body());
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> hrefs(Document feed) {
        NodeList links = feed.getElementsByTagNameNS(ATOM, "link");
        List<String> hrefs = new ArrayList<>();
        for (int i = 0; i < links.getLength(); i++) {
            hrefs.add(((Element) links.item(i)).getAttribute("href"));
        }
        return hrefs;
    }

    private static List<String> texts(Document feed, String element) {
        NodeList nodes = feed.getElementsByTagNameNS(ATOM, element);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
