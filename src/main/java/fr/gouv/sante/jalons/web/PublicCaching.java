package fr.gouv.sante.jalons.web;

import fr.gouv.sante.jalons.dashboard.RenderedPages;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * HTTP caching of the public pages: an ETag computed from the body (a browser that has the page gets
 * a 304 without the body) and a short public max-age, so that a publication reaches everyone within
 * a minute while a surge of visitors is absorbed by caches. The open data ({@code /api},
 * {@code /opendata}) does the same itself, with strong ETags computed once per document.
 */
@Configuration
class PublicCaching implements WebMvcConfigurer {

    /** The public HTML pages, as servlet URL patterns ({@code /x/*}: everything under {@code /x/}). */
    static final List<String> PUBLIC_PAGES = List.of(
            "/",
            "/axes/*",
            "/objectifs",
            "/objectifs/*",
            "/organisations",
            "/organisations/*",
            "/accessibilite",
            "/mentions-legales",
            "/donnees-personnelles",
            "/donnees-ouvertes",
            "/methode",
            "/sources");
    /** After Spring Security's filters (-100), which write the security headers of every response. */
    static final int PUBLIC_FILTERS_ORDER = 0;

    private static final String CACHE_CONTROL =
            CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic().getHeaderValue();

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtags() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
        // weak: Tomcat does not compress a response carrying a strong ETag (the bytes would differ)
        filter.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(servletPatterns(PUBLIC_PAGES));
        registration.setName("publicEtags");
        registration.setOrder(PUBLIC_FILTERS_ORDER);
        return registration;
    }

    /** Inside the ETag filter, so that a page served from memory still gets its ETag and 304. */
    @Bean
    FilterRegistrationBean<RenderedPageFilter> renderedPageFilter(RenderedPages pages) {
        FilterRegistrationBean<RenderedPageFilter> registration =
                new FilterRegistrationBean<>(new RenderedPageFilter(pages));
        registration.addUrlPatterns(servletPatterns(PUBLIC_PAGES));
        registration.setName("renderedPages");
        registration.setOrder(PUBLIC_FILTERS_ORDER + 1);
        return registration;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
                    // after the handler, so that errors are not cached; the ETag filter buffers the body,
                    // so the response is not committed yet even for @ResponseBody handlers
                    @Override
                    public void postHandle(
                            HttpServletRequest request,
                            HttpServletResponse response,
                            Object handler,
                            org.springframework.web.servlet.ModelAndView modelAndView) {
                        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
                        if (read && response.getStatus() < 400) {
                            response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
                        }
                    }
                })
                .addPathPatterns(mvcPatterns(PUBLIC_PAGES));
    }

    @SafeVarargs
    private static String[] servletPatterns(List<String>... lists) {
        return Stream.of(lists).flatMap(List::stream).toArray(String[]::new);
    }

    /** The same URLs as Spring MVC path patterns: a servlet's {@code /x/*} is MVC's {@code /x/**}. */
    @SafeVarargs
    private static List<String> mvcPatterns(List<String>... lists) {
        return Stream.of(lists)
                .flatMap(List::stream)
                .map(pattern -> pattern.endsWith("/*") ? pattern + "*" : pattern)
                .toList();
    }
}
