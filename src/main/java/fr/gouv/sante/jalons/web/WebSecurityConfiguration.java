package fr.gouv.sante.jalons.web;

import fr.gouv.sante.jalons.shared.web.BackOfficeAccounts;
import fr.gouv.sante.jalons.shared.web.BackOfficeArea;
import fr.gouv.sante.jalons.shared.web.BackOfficeArea.Rule;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

/**
 * Two filter chains. The back office (the paths the feature modules declare as {@link BackOfficeArea}
 * beans: the workspace, the administration, signing in and out, the password links) requires an
 * account where its rules say so, is never cached, and is protected by CSRF tokens and
 * session-fixation protection. The public site (every other path) needs no account and sets its own
 * short public caching. Both send the same security headers. Authorisation of each action is checked
 * again in the services ({@code AccessPolicy}); who is who (passwords, throttling, the account read
 * again on each request, the sign-in pages) is the account module's, through
 * {@link BackOfficeAccounts}: this module names no feature's class nor URL.
 */
@Configuration
class WebSecurityConfiguration {

    static final String CSRF_COOKIE = "JALONS_CSRF";

    /**
     * No inline script, no third-party origin, no framing; DSFR's icons use data: URIs. Forms post to
     * this site only, and to the identity provider's when one is configured: browsers apply
     * {@code form-action} to the redirects a form leads to, and signing in or out with it passes there.
     */
    static String contentSecurityPolicy(List<String> formTargets) {
        return String.join(
                "; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self'",
                "img-src 'self' data:",
                "font-src 'self'",
                "connect-src 'self'",
                "object-src 'none'",
                "base-uri 'self'",
                String.join(
                        " ",
                        Stream.concat(Stream.of("form-action 'self'"), formTargets.stream())
                                .toList()),
                "frame-ancestors 'none'");
    }

    @Bean
    @Order(1)
    SecurityFilterChain backOffice(
            HttpSecurity http,
            BackOfficeAccounts accounts,
            List<BackOfficeArea> areas,
            @Value("${server.servlet.session.cookie.name}") String sessionCookie)
            throws Exception {
        List<Rule> rules = rulesInOrder(areas);
        AuthenticationSuccessHandler landing =
                RelativeRedirects.backToTheRequestedPage(new HttpSessionRequestCache(), accounts::landingPage);
        accounts.addSignIns(http, landing);
        http.securityMatcher(
                        rules.stream().flatMap(rule -> rule.patterns().stream()).toArray(String[]::new))
                .authorizeHttpRequests(requests -> {
                    for (Rule rule : rules) {
                        String[] patterns = rule.patterns().toArray(String[]::new);
                        switch (rule.access()) {
                            case ANYONE -> requests.requestMatchers(patterns).permitAll();
                            case ADMINISTRATORS ->
                                requests.requestMatchers(patterns).hasRole(accounts.administratorRole());
                            case SIGNED_IN -> requests.requestMatchers(patterns).authenticated();
                        }
                    }
                    requests.anyRequest().authenticated();
                })
                .formLogin(login -> login.loginPage(accounts.loginPage())
                        .loginProcessingUrl(accounts.loginPage())
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .successHandler(landing)
                        .failureHandler(accounts.loginFailure()))
                // anonymous visitors of the sign-in and password pages get no session (sessions are rows in
                // PostgreSQL): the CSRF token lives in a cookie, written before the page is rendered
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()).csrfTokenRequestHandler(eagerCsrfTokens()))
                .logout(logout -> logout.logoutUrl(accounts.logoutPath())
                        .logoutSuccessHandler(accounts.logoutSuccess())
                        .invalidateHttpSession(true)
                        .deleteCookies(sessionCookie))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // the account is read again on every request, before authorisation: revoked rights end at once
                .addFilterBefore(accounts.revalidation(), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors.accessDeniedPage(accounts.accessDeniedPage())
                        .authenticationEntryPoint(RelativeRedirects.toLoginPage(accounts.loginPage())))
                .headers(headers -> securityHeaders(headers, accounts).cacheControl(Customizer.withDefaults()));
        return http.build();
    }

    /**
     * Every module's rules, the open paths first (a mail's link must not need the account it creates),
     * then the administrators' (a narrower rule inside a signed-in area wins), then the signed-in ones.
     */
    static List<Rule> rulesInOrder(List<BackOfficeArea> areas) {
        List<Rule> rules = areas.stream()
                .flatMap(area -> area.rules().stream())
                .sorted(Comparator.comparing(Rule::access))
                .toList();
        if (rules.isEmpty()) {
            throw new IllegalStateException("No BackOfficeArea declares a back-office path");
        }
        return rules;
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicSite(HttpSecurity http, BackOfficeAccounts accounts) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // the same tokens as the back office: its 403 page, forwarded here, shows the sign-out
                // form. Loaded only when a page asks (none of the public pages does), so that the
                // public pages, cached by everyone, never set a cookie.
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens()))
                // public pages set their own Cache-Control (short, public); see PublicCaching
                .headers(headers -> securityHeaders(headers, accounts).cacheControl(cache -> cache.disable()));
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

    private static HeadersConfigurer<HttpSecurity> securityHeaders(
            HeadersConfigurer<HttpSecurity> headers, BackOfficeAccounts accounts) {
        String policy = contentSecurityPolicy(accounts.formTargets());
        return headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny());
    }
}
