package fr.gouv.sante.jalons.web;

import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * The design system and the application's stylesheet, under content-hashed URLs (rewritten in the
 * templates and inside the CSS) cached for a year. Only these two paths are static: a catch-all
 * mapping would make every link of every page a file lookup.
 */
@Configuration
class StaticAssets implements WebMvcConfigurer {

    /** Rewrites {@code @{/dsfr/...}} links in templates to their content-hashed URLs. */
    @Bean
    ResourceUrlEncodingFilter resourceUrlEncodingFilter() {
        return new ResourceUrlEncodingFilter();
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        serve(registry, "/dsfr/**", "classpath:/static/dsfr/");
        serve(registry, "/css/**", "classpath:/static/css/");
    }

    private static void serve(ResourceHandlerRegistry registry, String path, String location) {
        registry.addResourceHandler(path)
                .addResourceLocations(location)
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic())
                .resourceChain(true)
                .addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"));
    }
}
