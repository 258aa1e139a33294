package fr.gouv.sante.jalons.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Security headers on every response. Everything served today is public and read-only, so every
 * request is permitted; CSRF protection stays on for the forms to come.
 */
@Configuration
class WebSecurityConfiguration {

    /** No inline script, no third-party origin, no framing; DSFR's icons use data: URIs. */
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    @Bean
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .headers(headers -> headers
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                        .frameOptions(frame -> frame.deny())
                        // public pages set their own Cache-Control (short, public); see PublicCaching
                        .cacheControl(cache -> cache.disable()));
        return http.build();
    }

    /** No account exists yet: nobody can log in, and Spring Boot must not generate a default user. */
    @Bean
    UserDetailsService noUsersYet() {
        return new InMemoryUserDetailsManager();
    }
}
