package fr.gouv.sante.jalons.web;

import fr.gouv.sante.jalons.shared.web.BackOfficeAccounts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Two filter chains. The back office ({@code /espace}, {@code /admin}, login and logout) requires an
 * account, is never cached, and is protected by CSRF tokens and session-fixation protection. The
 * public site needs no account and sets its own short public caching. Both send the same security
 * headers. Authorisation of each action is checked again in the services ({@code AccessPolicy}); who
 * is who (passwords, throttling, the account read again on each request) is the account module's,
 * through {@link BackOfficeAccounts}: this module names no feature's class.
 */
@Configuration
class WebSecurityConfiguration {

    static final String CSRF_COOKIE = "JALONS_CSRF";

    /** No inline script, no third-party origin, no framing; DSFR's icons use data: URIs. */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
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
    @Order(1)
    SecurityFilterChain backOffice(
            HttpSecurity http,
            BackOfficeAccounts accounts,
            @Value("${server.servlet.session.cookie.name}") String sessionCookie)
            throws Exception {
        http.securityMatcher(
                        "/espace/**",
                        "/espace",
                        "/admin/**",
                        "/admin",
                        "/connexion",
                        "/deconnexion",
                        "/invitation/**",
                        "/mot-de-passe/**",
                        "/mot-de-passe-oublie")
                .authorizeHttpRequests(requests -> requests
                        // the pages reached from an invitation or a reset mail: the link is the credential
                        .requestMatchers("/connexion", "/invitation/**", "/mot-de-passe/**", "/mot-de-passe-oublie")
                        .permitAll()
                        .requestMatchers("/admin", "/admin/**")
                        .hasRole("ADMIN")
                        .anyRequest()
                        .authenticated())
                .formLogin(login -> login.loginPage("/connexion")
                        .loginProcessingUrl("/connexion")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(RelativeRedirects.backToTheRequestedPage(
                                new HttpSessionRequestCache(), accounts::landingPage))
                        .failureHandler(accounts.loginFailure()))
                // anonymous visitors of the sign-in and password pages get no session (sessions are rows in
                // PostgreSQL): the CSRF token lives in a cookie, written before the page is rendered
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()).csrfTokenRequestHandler(eagerCsrfTokens()))
                .logout(logout -> logout.logoutUrl("/deconnexion")
                        .logoutSuccessUrl("/connexion?deconnecte")
                        .invalidateHttpSession(true)
                        .deleteCookies(sessionCookie))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // the account is read again on every request, before authorisation: revoked rights end at once
                .addFilterBefore(accounts.revalidation(), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors.accessDeniedPage("/acces-refuse")
                        .authenticationEntryPoint(RelativeRedirects.toLoginPage("/connexion")))
                .headers(headers -> securityHeaders(headers).cacheControl(Customizer.withDefaults()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // the same tokens as the back office: its 403 page, forwarded here, shows the sign-out
                // form. Loaded only when a page asks (none of the public pages does), so that the
                // public pages, cached by everyone, never set a cookie.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
                // public pages set their own Cache-Control (short, public); see PublicCaching
                .headers(headers -> securityHeaders(headers).cacheControl(cache -> cache.disable()));
        return http.build();
    }

    /**
     * The back office's CSRF tokens, in a cookie that scripts cannot read and other sites do not
     * send; the forms carry the token too, so a request must hold both.
     */
    private static CookieCsrfTokenRepository csrfTokens() {
        CookieCsrfTokenRepository tokens = new CookieCsrfTokenRepository();
        tokens.setCookieName(CSRF_COOKIE);
        tokens.setCookieCustomizer(cookie -> cookie.httpOnly(true).sameSite("Lax"));
        return tokens;
    }

    /**
     * The token is loaded at the start of each request instead of when a template first needs it:
     * by then a long page may already have sent its headers, and the cookie would be lost.
     */
    private static XorCsrfTokenRequestAttributeHandler eagerCsrfTokens() {
        XorCsrfTokenRequestAttributeHandler handler = new XorCsrfTokenRequestAttributeHandler();
        handler.setCsrfRequestAttributeName(null);
        return handler;
    }

    private static HeadersConfigurer<HttpSecurity> securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny());
    }
}
