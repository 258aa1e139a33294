package fr.gouv.sante.jalons.web;

import com.github.benmanes.caffeine.cache.Caffeine;
import fr.gouv.sante.jalons.cluster.PublicCaches;
import fr.gouv.sante.jalons.shared.web.PublicPage;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import java.time.Duration;
import java.util.Objects;
import org.springframework.boot.cache.autoconfigure.CacheManagerCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.cache.CacheManager;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * HTTP caching of the answers a feature marks {@link PublicPage}: an ETag computed from the body (a
 * browser that has the page gets a 304 without the body), a short public max-age, so that a
 * publication reaches everyone within a minute while a surge of visitors is absorbed by caches, and
 * the HTML kept rendered for anonymous visitors in the public cache {@value #RENDERED_PAGES}, out of
 * date whenever {@link PublicCaches} renews the others. Which answers are public is read from each request's
 * handler ({@link PublicPageInterceptor}), never from a list of URLs: this module names no feature.
 */
@Configuration
class PublicCaching implements WebMvcConfigurer {

    /** The public pages as they were last rendered for an anonymous visitor. */
    static final String RENDERED_PAGES = "rendered-pages";
    /** Pages say "échéance dépassée" depending on the day: kept 10 minutes at most. */
    static final Duration RENDERED_MAX_AGE = Duration.ofMinutes(10);

    static final long RENDERED_MAX_BYTES = 64L * 1024 * 1024;
    /** After Spring Security's filters (-100), which write the security headers of every response. */
    static final int PUBLIC_FILTERS_ORDER = 0;

    private final CacheManager caches;
    private final PublicCaches publicCaches;

    PublicCaching(CacheManager caches, PublicCaches publicCaches) {
        this.caches = caches;
        this.publicCaches = publicCaches;
        // a page shows any model: whatever cache a change touches, its rendered pages are out of date
        publicCaches.renewByGeneration(RENDERED_PAGES);
    }

    /**
     * On every URL, but only public answers are buffered and get an ETag: the interceptor lets every
     * other answer stream through as written (back office, static assets, PDF downloads).
     */
    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> publicEtags() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter() {
            @Override
            protected boolean isEligibleForEtag(
                    HttpServletRequest request, HttpServletResponse response, int status, InputStream body) {
                return PublicPageInterceptor.isPublic(request)
                        && super.isEligibleForEtag(request, response, status, body);
            }
        };
        // weak: Tomcat does not compress a response carrying a strong ETag (the bytes would differ)
        filter.setWriteWeakETag(true);
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration = new FilterRegistrationBean<>(filter);
        registration.setName("publicEtags");
        registration.setOrder(PUBLIC_FILTERS_ORDER);
        return registration;
    }

    /**
     * The rendered pages bounded by their size in bytes rather than by their number, with Caffeine,
     * the application's cache provider; under another provider the cache named in
     * {@code spring.cache.cache-names} is used as that provider makes it. Static: the cache manager is
     * built with it, before this configuration (which needs the cache manager) can be.
     */
    @Bean
    static CacheManagerCustomizer<CaffeineCacheManager> renderedPagesCache() {
        return manager -> manager.registerCustomCache(
                RENDERED_PAGES,
                Caffeine.newBuilder()
                        .maximumWeight(RENDERED_MAX_BYTES)
                        .weigher((Object key, Object value) -> key.toString().length()
                                + (value instanceof PublicPageInterceptor.RenderedPage page
                                        ? page.body().length + page.gzipped().length
                                        : 0))
                        .expireAfterWrite(RENDERED_MAX_AGE)
                        .recordStats()
                        .build());
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new PublicPageInterceptor(
                Objects.requireNonNull(caches.getCache(RENDERED_PAGES), "cache " + RENDERED_PAGES + " not configured"),
                publicCaches::generation));
    }
}
