package fr.gouv.sante.jalons.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.shared.web.PublicPage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.cache.Cache;
import org.springframework.cache.concurrent.ConcurrentMapCache;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.DigestUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The rendered pages once out of date: one visitor renders the page again while those arriving
 * meanwhile get the previous copy, and nobody waits for a render that failed.
 */
class PublicPageInterceptorTests {

    private final Cache pages = new ConcurrentMapCache("rendered-pages");
    private final AtomicLong generation = new AtomicLong(7);
    private final PublicPageInterceptor interceptor = new PublicPageInterceptor(pages, generation::get);
    private HandlerMethod handler;

    @BeforeEach
    void publicHandler() throws NoSuchMethodException {
        handler = new HandlerMethod(new Pages(), Pages.class.getDeclaredMethod("home"));
    }

    @Test
    void anUpToDatePageIsSentAsRendered() throws Exception {
        keep("avant", generation.get());

        Visit visit = visit();

        assertThat(visit.rendering()).isFalse();
        assertThat(visit.body()).isEqualTo("avant");
    }

    @Test
    void afterAChangeOneVisitorRendersThePageAgainAndTheOthersGetThePreviousCopyMeanwhile() throws Exception {
        keep("avant", generation.get());
        generation.incrementAndGet();

        Visit first = visit();
        Visit meanwhile = visit();
        assertThat(first.rendering())
                .as("the first visitor renders the page again")
                .isTrue();
        assertThat(meanwhile.rendering()).isFalse();
        assertThat(meanwhile.body()).isEqualTo("avant");

        first.render("après");
        Visit next = visit();
        assertThat(next.rendering()).isFalse();
        assertThat(next.body()).isEqualTo("après");
    }

    @Test
    void aPageRenderedWhileTheCachesChangedIsNotKeptAndTheNextVisitorRendersIt() throws Exception {
        keep("avant", generation.get());
        generation.incrementAndGet();

        Visit first = visit();
        generation.incrementAndGet();
        first.render("lu avant la publication");

        assertThat(visit().rendering()).isTrue();
    }

    @Test
    void aFailedRenderLetsTheNextVisitorTryAgain() throws Exception {
        keep("avant", generation.get());
        generation.incrementAndGet();

        Visit first = visit();
        interceptor.afterCompletion(first.request(), first.response(), handler, new IllegalStateException("panne"));

        assertThat(visit().rendering()).isTrue();
        assertThat(pages.get("/", PublicPageInterceptor.RenderedPage.class))
                .extracting(page -> new String(page.body(), StandardCharsets.UTF_8))
                .isEqualTo("avant");
    }

    @Test
    void aVisitorWhoAcceptsGzipGetsThePageCompressedOnceAndTheOthersAsRendered() throws Exception {
        keep("<p>page de mille objectifs</p>", generation.get());

        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("Accept-Encoding", "gzip, deflate, br");
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(interceptor.preHandle(request, response, handler)).isFalse();

        assertThat(response.getHeader("Content-Encoding")).isEqualTo("gzip");
        assertThat(response.getHeader("Vary")).isEqualTo("Accept-Encoding");
        assertThat(response.getContentLength()).isEqualTo(response.getContentAsByteArray().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("<p>page de mille objectifs</p>");
        }
        Visit plain = visit();
        assertThat(plain.response().getHeader("Content-Encoding")).isNull();
        assertThat(plain.body()).isEqualTo("<p>page de mille objectifs</p>");
        // each representation with the weak ETag of its own bytes, as the ETag filter would write it
        assertThat(plain.response().getHeader("ETag"))
                .isEqualTo("W/\"0" + DigestUtils.md5DigestAsHex(plain.response().getContentAsByteArray()) + "\"");
        assertThat(response.getHeader("ETag"))
                .isEqualTo("W/\"0" + DigestUtils.md5DigestAsHex(response.getContentAsByteArray()) + "\"");
    }

    @Test
    void aBrowserThatHasTheCopyGetsA304WithoutTheBody() throws Exception {
        keep("<p>page de mille objectifs</p>", generation.get());
        Visit first = visit();
        String etag = first.response().getHeader("ETag");

        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        request.addHeader("If-None-Match", etag);
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(interceptor.preHandle(request, response, handler)).isFalse();

        assertThat(response.getStatus()).isEqualTo(304);
        assertThat(response.getContentAsByteArray()).isEmpty();
        assertThat(response.getHeader("ETag")).isEqualTo(etag);
        // the compressed copy is another representation: its own ETag, so a full answer
        MockHttpServletRequest gzip = new MockHttpServletRequest("GET", "/");
        gzip.addHeader("If-None-Match", etag);
        gzip.addHeader("Accept-Encoding", "gzip");
        MockHttpServletResponse compressed = new MockHttpServletResponse();
        interceptor.preHandle(gzip, compressed, handler);
        assertThat(compressed.getStatus()).isEqualTo(200);
        assertThat(compressed.getHeader("Content-Encoding")).isEqualTo("gzip");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "gzip|true",
                "deflate, GZIP;q=0.5|true",
                "*|true",
                "identity|false",
                "gzip;q=0|false",
                "gzip; q=0.0, deflate|false",
                "br|false"
            })
    void acceptEncodingIsReadAsHttpSaysForGzip(String header, boolean accepted) {
        assertThat(PublicPageInterceptor.acceptsGzip(header)).isEqualTo(accepted);
    }

    private void keep(String body, long renderedIn) {
        pages.put(
                "/",
                PublicPageInterceptor.RenderedPage.of(
                        body.getBytes(StandardCharsets.UTF_8),
                        "text/html;charset=UTF-8",
                        "max-age=60, public",
                        renderedIn,
                        System.nanoTime()));
    }

    private Visit visit() throws IOException {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
        ContentCachingResponseWrapper response = new ContentCachingResponseWrapper(new MockHttpServletResponse());
        boolean rendering = interceptor.preHandle(request, response, handler);
        return new Visit(request, response, rendering);
    }

    private final class Visit {
        private final MockHttpServletRequest request;
        private final ContentCachingResponseWrapper response;
        private final boolean rendering;

        Visit(MockHttpServletRequest request, ContentCachingResponseWrapper response, boolean rendering) {
            this.request = request;
            this.response = response;
            this.rendering = rendering;
        }

        MockHttpServletRequest request() {
            return request;
        }

        ContentCachingResponseWrapper response() {
            return response;
        }

        boolean rendering() {
            return rendering;
        }

        /** What the visitor received from the rendered pages. */
        String body() {
            return new String(response.getContentAsByteArray(), StandardCharsets.UTF_8);
        }

        /** The handler's page, rendered by this visitor. */
        void render(String html) throws IOException {
            response.setContentType("text/html;charset=UTF-8");
            response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
            interceptor.afterCompletion(request, response, handler, null);
        }
    }

    /** A public page's handler. */
    static class Pages {
        @PublicPage
        String home() {
            return "home";
        }
    }
}
