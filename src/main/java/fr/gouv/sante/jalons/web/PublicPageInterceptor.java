package fr.gouv.sante.jalons.web;

import fr.gouv.sante.jalons.cluster.PublicCaches;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.zip.GZIPOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.Cache;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.util.StringUtils;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.WebUtils;

/**
 * Reads {@link PublicPage} on each request's handler, before it runs. A public answer is marked for
 * the ETag filter and gets its Cache-Control; an anonymous GET of a public page is answered from the
 * rendered pages when they have it, and otherwise its HTML is kept there once rendered (from the
 * ETag filter's buffer). Only a GET without a session, answered 200 in HTML, is kept: a signed-in
 * user's requests never touch this cache. Any other answer is not buffered at all.
 *
 * <p>A rendered page is out of date once the public caches were renewed since it was rendered (a
 * publication, on this node or another), or once it is {@link #REFRESH_AFTER} old. The first visitor
 * to find it so renders it again; the visitors arriving meanwhile get the previous copy at once, so
 * that a publication does not have every waiting visitor render the home page of thousands of
 * objectives at the same moment. Whoever asks after the new copy is stored gets it.
 */
class PublicPageInterceptor implements HandlerInterceptor {

    private static final String PUBLIC = PublicPageInterceptor.class.getName() + ".public";
    private static final String GENERATION = PublicPageInterceptor.class.getName() + ".generation";
    private static final String RENDERING = PublicPageInterceptor.class.getName() + ".rendering";
    /** Half the cache's lifetime: a page in demand is rendered again before it expires for everyone at once. */
    static final Duration REFRESH_AFTER = PublicCaching.RENDERED_MAX_AGE.dividedBy(2);

    private static final String CACHE_CONTROL = Objects.requireNonNull(
            CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic().getHeaderValue());

    // never compared, and never written after rendering: copying the bytes on every hit would cost more
    // than the identity equality that an array component gives
    /**
     * A rendered page: its bytes, compressed once for the visitors who accept gzip, and the weak ETag
     * of each (compressing a page of thousands of objectives and hashing it for every request cost
     * more than the rest of answering it); the headers to send again, and the
     * {@link PublicCaches#generation()} and time ({@link System#nanoTime()}) it was rendered in.
     */
    @SuppressWarnings("ArrayRecordComponent")
    record RenderedPage(
            byte[] body,
            String etag,
            byte[] gzipped,
            String gzippedEtag,
            String contentType,
            @Nullable String cacheControl,
            long generation,
            long renderedAt) {

        static RenderedPage of(
                byte[] body, String contentType, @Nullable String cacheControl, long generation, long renderedAt) {
            ByteArrayOutputStream gzipped = new ByteArrayOutputStream(body.length / 4 + 64);
            try (GZIPOutputStream out = new GZIPOutputStream(gzipped)) {
                out.write(body);
            } catch (IOException e) {
                throw new UncheckedIOException("compressing in memory", e);
            }
            byte[] compressed = gzipped.toByteArray();
            return new RenderedPage(
                    body, etag(body), compressed, etag(compressed), contentType, cacheControl, generation, renderedAt);
        }

        /** As the ETag filter writes a weak one: the same value for the same bytes, whoever computed it. */
        private static String etag(byte[] bytes) {
            return "W/\"0" + DigestUtils.md5DigestAsHex(bytes) + "\"";
        }
    }

    private final Cache pages;
    /** {@link PublicCaches#generation()}. */
    private final LongSupplier generation;
    /** The pages one visitor is rendering again while the others get the previous copy. */
    private final Set<String> rendering = ConcurrentHashMap.newKeySet();

    PublicPageInterceptor(Cache pages, LongSupplier generation) {
        this.pages = pages;
        this.generation = generation;
    }

    /** Whether the request's handler is a {@link PublicPage}; known once the handler is chosen. */
    static boolean isPublic(HttpServletRequest request) {
        return request.getAttribute(PUBLIC) != null;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        if (!(handler instanceof HandlerMethod method
                && (method.hasMethodAnnotation(PublicPage.class)
                        || AnnotatedElementUtils.hasAnnotation(method.getBeanType(), PublicPage.class)))) {
            // before anything is written: the answer goes out as written, without a copy in memory
            ShallowEtagHeaderFilter.disableContentCaching(request);
            return true;
        }
        request.setAttribute(PUBLIC, true);
        if (!anonymousGet(request)) {
            return true;
        }
        String key = key(request);
        // taken before the page reads anything: a page read before a change and kept after the caches
        // were renewed would stay until expiry
        long current = generation.getAsLong();
        RenderedPage page = pages.get(key, RenderedPage.class);
        if (page != null && (upToDate(page, current) || !rendering.add(key))) {
            send(page, request, response);
            return false;
        }
        if (page != null) {
            request.setAttribute(RENDERING, key);
        }
        request.setAttribute(GENERATION, current);
        return true;
    }

    private static boolean upToDate(RenderedPage page, long generation) {
        return page.generation() == generation && System.nanoTime() - page.renderedAt() < REFRESH_AFTER.toNanos();
    }

    private static void send(RenderedPage page, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        response.setContentType(page.contentType());
        if (page.cacheControl() != null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
        }
        // which copy depends on Accept-Encoding; Tomcat says so only for the answers it compresses itself
        response.addHeader(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        boolean gzip = acceptsGzip(request.getHeader(HttpHeaders.ACCEPT_ENCODING));
        String etag = gzip ? page.gzippedEtag() : page.etag();
        response.setHeader(HttpHeaders.ETAG, etag);
        // an answer that has its ETag is streamed by the ETag filter, not buffered: the If-None-Match
        // of a browser that has the copy is answered here
        if (new ServletWebRequest(request, response).checkNotModified(etag)) {
            return;
        }
        byte[] bytes = page.body();
        if (gzip) {
            response.setHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
            bytes = page.gzipped();
        }
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** Whether an Accept-Encoding header accepts gzip: named, or "*", without "q=0". */
    static boolean acceptsGzip(@Nullable String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : StringUtils.tokenizeToStringArray(acceptEncoding, ",")) {
            String[] parts = StringUtils.tokenizeToStringArray(coding, ";");
            String name = parts.length == 0 ? "" : parts[0].toLowerCase(Locale.ROOT);
            if (name.equals("gzip") || name.equals("x-gzip") || name.equals("*")) {
                return Arrays.stream(parts)
                        .skip(1)
                        .map(parameter -> parameter.replace(" ", "").toLowerCase(Locale.ROOT))
                        .noneMatch(parameter -> parameter.matches("q=0(\\.0*)?"));
            }
        }
        return false;
    }

    /** After the handler, so that errors are not cached; the ETag filter buffers the body, so nothing is sent yet. */
    @Override
    public void postHandle(
            HttpServletRequest request,
            HttpServletResponse response,
            Object handler,
            @Nullable ModelAndView modelAndView) {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (isPublic(request)
                && read
                && response.getStatus() < 400
                && response.getHeader(HttpHeaders.CACHE_CONTROL) == null) {
            response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        }
    }

    /** Once the view is rendered: the whole page is in the ETag filter's buffer. */
    @Override
    public void afterCompletion(
            HttpServletRequest request, HttpServletResponse response, Object handler, @Nullable Exception failure) {
        try {
            keep(request, response, failure);
        } finally {
            // rendered or not, the next visitor may try again
            if (request.getAttribute(RENDERING) instanceof String key) {
                rendering.remove(key);
            }
        }
    }

    private void keep(HttpServletRequest request, HttpServletResponse response, @Nullable Exception failure) {
        if (failure != null
                || !(request.getAttribute(GENERATION) instanceof Long renderedIn)
                || !anonymousGet(request)
                || response.getStatus() != HttpServletResponse.SC_OK) {
            return;
        }
        String contentType = response.getContentType();
        ContentCachingResponseWrapper body = WebUtils.getNativeResponse(response, ContentCachingResponseWrapper.class);
        // empty when the handler wrote past the buffer (an answer with its own ETag)
        if (body != null
                && body.getContentSize() > 0
                && contentType != null
                && contentType.startsWith("text/html")
                && renderedIn == generation.getAsLong()) {
            pages.put(
                    key(request),
                    RenderedPage.of(
                            body.getContentAsByteArray(),
                            contentType,
                            response.getHeader(HttpHeaders.CACHE_CONTROL),
                            renderedIn,
                            System.nanoTime()));
        }
    }

    private static boolean anonymousGet(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getSession(false) == null;
    }

    private static String key(HttpServletRequest request) {
        return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }
}
