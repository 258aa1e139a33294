package fr.gouv.sante.jalons.web;

import fr.gouv.sante.jalons.dashboard.RenderedPages;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves public pages to anonymous visitors from {@link RenderedPages}, and fills it. Only a GET
 * without a session, answered 200 in HTML, is kept: public pages show nothing that depends on who
 * asks, and a signed-in user's requests never touch this cache.
 */
class RenderedPageFilter extends OncePerRequestFilter {

    private final RenderedPages pages;

    RenderedPageFilter(RenderedPages pages) {
        this.pages = pages;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!"GET".equals(request.getMethod()) || request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        String key = request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        var cached = pages.get(key);
        if (cached.isPresent()) {
            RenderedPages.Page page = cached.get();
            response.setContentType(page.contentType());
            if (page.cacheControl() != null) {
                response.setHeader(HttpHeaders.CACHE_CONTROL, page.cacheControl());
            }
            response.setContentLength(page.body().length);
            response.getOutputStream().write(page.body());
            return;
        }
        ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
        chain.doFilter(request, wrapper);
        String contentType = wrapper.getContentType();
        if (wrapper.getStatus() == HttpServletResponse.SC_OK
                && contentType != null
                && contentType.startsWith("text/html")
                && request.getSession(false) == null) {
            pages.put(
                    key,
                    new RenderedPages.Page(
                            wrapper.getContentAsByteArray(),
                            contentType,
                            wrapper.getHeader(HttpHeaders.CACHE_CONTROL)));
        }
        wrapper.copyBodyToResponse();
    }
}
