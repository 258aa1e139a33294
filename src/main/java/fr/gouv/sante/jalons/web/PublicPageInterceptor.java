package fr.gouv.sante.jalons.web;

import fr.gouv.sante.jalons.cluster.PublicCaches;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.cache.Cache;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
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
 */
class PublicPageInterceptor implements HandlerInterceptor {

    private static final String PUBLIC = PublicPageInterceptor.class.getName() + ".public";
    private static final String GENERATION = PublicPageInterceptor.class.getName() + ".generation";
    private static final String CACHE_CONTROL = Objects.requireNonNull(
            CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic().getHeaderValue());

    // never compared, and never written after rendering: copying the bytes on every hit would cost more
    // than the identity equality that an array component gives
    /** A rendered page: its bytes and the headers to send again. */
    @SuppressWarnings("ArrayRecordComponent")
    record RenderedPage(byte[] body, String contentType, String cacheControl) {}

    private final Cache pages;
    private final PublicCaches caches;

    PublicPageInterceptor(Cache pages, PublicCaches caches) {
        this.pages = pages;
        this.caches = caches;
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
        RenderedPage page = pages.get(key(request), RenderedPage.class);
        if (page != null) {
            response.setContentType(page.contentType());
            if (page.cacheControl() != null) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
            }
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return false;
        }
        // taken before the page reads anything: a page read before a change and kept after the caches
        // were cleared would stay until expiry
        request.setAttribute(GENERATION, caches.generation());
        return true;
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
        if (failure != null
                || !(request.getAttribute(GENERATION) instanceof Long generation)
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
                && generation == caches.generation()) {
            pages.put(
                    key(request),
                    new RenderedPage(
                            body.getContentAsByteArray(), contentType, response.getHeader(HttpHeaders.CACHE_CONTROL)));
        }
    }

    private static boolean anonymousGet(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getSession(false) == null;
    }

    private static String key(HttpServletRequest request) {
        return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
    }
}
