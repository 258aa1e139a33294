package fr.gouv.sante.jalons.dashboard.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import fr.gouv.sante.jalons.dashboard.RenderedPages;
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

    static final String[] PUBLIC_PATHS = {"/", "/axes/*", "/objectifs", "/objectifs/*", "/organisations",
            "/organisations/*", "/accessibilite", "/mentions-legales", "/donnees-personnelles", "/donnees-ouvertes"};
    /** The HTML pages kept rendered in memory. */
    static final String[] PUBLIC_PAGE_PATHS = {"/", "/axes/*", "/objectifs", "/objectifs/*", "/organisations",
            "/organisations/*", "/accessibilite", "/mentions-legales", "/donnees-personnelles", "/donnees-ouvertes"};
    /** After Spring Security's filters (-100), which write the security headers of every response. */
    static final int PUBLIC_FILTERS_ORDER = 0;
    private static final String CACHE_CONTROL = CacheControl.maxAge(Duration.ofSeconds(60)).cachePublic().getHeaderValue();

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtags() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
        // weak: Tomcat does not compress a response carrying a strong ETag (the bytes would differ)
        filter.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.addUrlPatterns(PUBLIC_PATHS);
        registration.setName("publicEtags");
        registration.setOrder(PUBLIC_FILTERS_ORDER);
        return registration;
    }

    /** Inside the ETag filter, so that a page served from memory still gets its ETag and 304. */
    @Bean
    FilterRegistrationBean<RenderedPageFilter> renderedPageFilter(RenderedPages pages) {
        FilterRegistrationBean<RenderedPageFilter> registration = new FilterRegistrationBean<>(new RenderedPageFilter(pages));
        registration.addUrlPatterns(PUBLIC_PAGE_PATHS);
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
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                                   org.springframework.web.servlet.ModelAndView modelAndView) {
                boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
                if (read && response.getStatus() < 400) {
                    response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
                }
            }
        }).addPathPatterns("/", "/axes/**", "/objectifs", "/objectifs/**", "/organisations", "/organisations/**",
                "/accessibilite", "/mentions-legales", "/donnees-personnelles", "/donnees-ouvertes");
    }
}
