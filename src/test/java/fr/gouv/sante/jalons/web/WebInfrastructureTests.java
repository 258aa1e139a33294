package fr.gouv.sante.jalons.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.cluster.PublicCaches;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The web module frames every module's answers the same way: public answers (pages, bilans, feeds,
 * API, CSV: whatever a feature marks {@code @PublicPage}) are cached, back-office ones never; public
 * pages are kept rendered for anonymous visitors only; one advice gives every HTML page its 404; only back-office pages
 * know who is signed in.
 */
@JalonsTest
@ExtendWith(OutputCaptureExtension.class)
class WebInfrastructureTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    @Autowired
    CacheManager cacheManager;

    @Autowired
    PublicCaches caches;

    @Test
    void everyPublicUrlIsCachedPubliclyWithAnEtag() {
        HttpTestClient http = new HttpTestClient(port);
        for (String path : new String[] {
            "/objectifs/7-3",
            "/axes/2",
            "/organisations/ans",
            "/mentions-legales",
            "/sources",
            "/bilans",
            "/bilans/2024-S2",
            "/bilans/flux.atom",
            "/instances",
            "/instances/flux.atom",
            "/themes",
            "/themes/medico-social",
            "/charte",
            "/charte/signataires",
            "/api/v1/objectives/7-3",
            "/opendata/objectives.csv"
        }) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            assertThat(response.headers().firstValue("Cache-Control"))
                    .as(path)
                    .get()
                    .asString()
                    .contains("public", "max-age=60");
            assertThat(response.headers().firstValue("ETag")).as(path).isPresent();
        }
    }

    @Test
    void backOfficeAndErrorAnswersAreNeverCachedPublicly() {
        HttpTestClient http = new HttpTestClient(port);
        HttpResponse<String> login = http.get("/connexion");
        assertThat(login.headers().firstValue("Cache-Control"))
                .get()
                .asString()
                .contains("no-store")
                .doesNotContain("public");
        assertThat(login.headers().firstValue("ETag")).isEmpty();
        HttpResponse<String> missing = http.get("/objectifs/99-99");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Cache-Control").orElse("")).doesNotContain("public");
    }

    @Test
    void anUnknownReferenceInAnyPageUrlIsTheFrench404Page() {
        HttpTestClient http = new HttpTestClient(port);
        for (String path : new String[] {
            "/objectifs/99-99", "/objectifs/x", "/axes/9", "/organisations/inconnue", "/bilans/2099-S1"
        }) {
            HttpResponse<String> response = http.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type"))
                    .as(path)
                    .get()
                    .asString()
                    .startsWith("text/html");
            assertThat(response.body()).as(path).contains("lang=\"fr\"");
        }
    }

    @Test
    void aUrlNothingAnswersIsTheFrench404PageWithAtMostOneLogLine(CapturedOutput output) {
        HttpTestClient http = new HttpTestClient(port);
        String unique = UUID.randomUUID().toString();
        for (String path : new String[] {"/page-inconnue-" + unique, "/css/inconnu-" + unique + ".css"}) {
            int before = output.getAll().length();

            HttpResponse<String> response = http.get(path, "Accept", "text/html");

            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("lang=\"fr\"");
            String logged = output.getAll().substring(before);
            // a stranger's typo is worth one line in the log, not one per layer that saw it
            assertThat(logged.lines().filter(line -> line.contains(unique)))
                    .as(path)
                    .hasSizeLessThanOrEqualTo(1);
            assertThat(logged.lines().filter(line -> line.contains("PageNotFound")))
                    .as(path)
                    .hasSizeLessThanOrEqualTo(1);
        }
    }

    @Test
    void onlyBackOfficePagesShowWhoIsSignedIn() {
        CurrentUser editor = users.editor("ANS");
        WebSession session = WebSession.signedIn(port, editor.email(), TestUsers.PASSWORD);
        String name = editor.displayName();
        assertThat(session.get("/espace").body()).contains(name);
        // a public page is the same for everyone, signed in or not
        assertThat(session.get("/objectifs/7-3").body()).doesNotContain(name);
    }

    @Test
    void anonymousVisitorsOfAPublicPageGetItsRenderedCopyAndSignedInOnesNever() {
        Cache pages = cacheManager.getCache(PublicCaching.RENDERED_PAGES);
        assertThat(pages).isNotNull();
        caches.clear("test");
        HttpTestClient http = new HttpTestClient(port);

        // rendered once, then kept as it was sent
        HttpResponse<String> first = http.get("/accessibilite");
        assertThat(first.statusCode()).isEqualTo(200);
        PublicPageInterceptor.RenderedPage kept = pages.get("/accessibilite", PublicPageInterceptor.RenderedPage.class);
        assertThat(kept).isNotNull();
        assertThat(new String(kept.body(), StandardCharsets.UTF_8)).isEqualTo(first.body());
        assertThat(kept.cacheControl()).contains("public", "max-age=60");

        // and answered from memory: a copy that differs from what rendering would give shows it
        pages.put(
                "/accessibilite",
                PublicPageInterceptor.RenderedPage.of(
                        "<p>copie en mémoire</p>".getBytes(StandardCharsets.UTF_8),
                        "text/html;charset=UTF-8",
                        "max-age=60, public",
                        caches.generation(),
                        System.nanoTime()));
        HttpResponse<String> again = http.get("/accessibilite");
        assertThat(again.body()).isEqualTo("<p>copie en mémoire</p>");
        assertThat(again.headers().firstValue("ETag")).isPresent();
        CurrentUser reader = users.reader("ANS");
        WebSession session = WebSession.signedIn(port, reader.email(), TestUsers.PASSWORD);
        assertThat(session.get("/accessibilite").body()).isEqualTo(first.body());

        // a page that is not public is never kept, nor an error
        assertThat(http.get("/connexion").statusCode()).isEqualTo(200);
        assertThat(http.get("/objectifs/99-99").statusCode()).isEqualTo(404);
        assertThat(pages.get("/connexion")).isNull();
        assertThat(pages.get("/objectifs/99-99")).isNull();
        caches.clear("test");
        assertThat(pages.get("/accessibilite")).isNull();
    }

    @Test
    void aKeptPageIsSentCompressedOnceToTheVisitorsWhoAcceptGzip() throws IOException {
        caches.clear("test");
        HttpTestClient http = new HttpTestClient(port);
        HttpResponse<String> first = http.get("/accessibilite");
        String rendered = first.body();
        // the kept copy has the ETag the rendered page had: a browser's copy stays valid
        assertThat(http.get("/accessibilite").headers().firstValue("ETag"))
                .isPresent()
                .isEqualTo(first.headers().firstValue("ETag"));

        HttpResponse<byte[]> kept = http.bytes("/accessibilite", "Accept-Encoding", "gzip");

        assertThat(kept.statusCode()).isEqualTo(200);
        assertThat(kept.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(kept.headers().allValues("Vary")).anyMatch(vary -> vary.equalsIgnoreCase("Accept-Encoding"));
        assertThat(kept.headers().firstValue("ETag")).isPresent();
        // decompressed once, it is the page: the server did not compress the compressed copy again
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(kept.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(rendered);
        }
        // and a browser that has it gets a 304, whichever copy it has (the plain one is past the
        // server's 8 KB buffer: it is answered before anything is written)
        String etag = kept.headers().firstValue("ETag").orElseThrow();
        assertThat(http.bytes("/accessibilite", "Accept-Encoding", "gzip", "If-None-Match", etag)
                        .statusCode())
                .isEqualTo(304);
        assertThat(rendered.getBytes(StandardCharsets.UTF_8).length).isGreaterThan(8192);
        String plainEtag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> notModified = http.get("/accessibilite", "If-None-Match", plainEtag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertThat(notModified.body()).isEmpty();
    }

    @Test
    void aFeedIsSentCompressedToTheReadersWhoAcceptGzip() throws IOException {
        HttpTestClient http = new HttpTestClient(port);
        // the meetings' feed: the bilans' feeds of the reference data are under the 2 kB below which
        // the server sends a body as it is
        HttpResponse<byte[]> plain = http.bytes("/instances/flux.atom");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();

        HttpResponse<byte[]> compressed = http.bytes("/instances/flux.atom", "Accept-Encoding", "gzip");

        assertThat(compressed.headers().firstValue("Content-Encoding"))
                .as("a feed of %d bytes", plain.body().length)
                .hasValue("gzip");
        assertThat(compressed.body().length).isLessThan(plain.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed.body()))) {
            assertThat(in.readAllBytes()).isEqualTo(plain.body());
        }
    }
}
