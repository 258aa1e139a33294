package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.domain.ThrottledAuthenticationProvider.LoginThrottledException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Two filter chains. The back office ({@code /espace}, {@code /admin}, login and logout) requires an
 * account, is never cached, and is protected by CSRF tokens and session-fixation protection. The
 * public site needs no account and sets its own short public caching. Both send the same security
 * headers. Authorisation of each action is checked again in the services ({@code AccessPolicy}).
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

    static final String SESSION_COOKIE = "JALONS_SESSION";

    /** BCrypt with cost 12: about a quarter of a second per check on a server core. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(12);
    }

    /** The only authentication provider (also the global one: registering it on a chain too would run it twice). */
    @Bean
    AuthenticationProvider authenticationProvider(AccountUserDetailsService users, PasswordEncoder encoder,
                                                  LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    @Bean
    @Order(1)
    SecurityFilterChain backOffice(HttpSecurity http, AppUserRepository users, AccountUserDetailsService accounts)
            throws Exception {
        http.securityMatcher("/espace/**", "/espace", "/admin/**", "/admin", "/connexion", "/deconnexion",
                        "/invitation/**", "/mot-de-passe/**", "/mot-de-passe-oublie")
                .authorizeHttpRequests(requests -> requests
                        // the pages reached from an invitation or a reset mail: the link is the credential
                        .requestMatchers("/connexion", "/invitation/**", "/mot-de-passe/**", "/mot-de-passe-oublie").permitAll()
                        .requestMatchers("/admin", "/admin/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(login -> login
                        .loginPage("/connexion")
                        .loginProcessingUrl("/connexion")
                        .usernameParameter("email")
                        .passwordParameter("password")
                        .defaultSuccessUrl("/espace")
                        .failureHandler(loginFailure()))
                .logout(logout -> logout
                        .logoutUrl("/deconnexion")
                        .logoutSuccessUrl("/connexion?deconnecte")
                        .invalidateHttpSession(true)
                        .deleteCookies(SESSION_COOKIE))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                // the account is read again on every request, before authorisation: revoked rights end at once
                .addFilterBefore(new AccountRevalidationFilter(users, accounts), AuthorizationFilter.class)
                .exceptionHandling(errors -> errors.accessDeniedPage("/acces-refuse"))
                .headers(headers -> securityHeaders(headers).cacheControl(Customizer.withDefaults()));
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain publicSite(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                // public pages set their own Cache-Control (short, public); see PublicCaching
                .headers(headers -> securityHeaders(headers).cacheControl(cache -> cache.disable()));
        return http.build();
    }

    private static HeadersConfigurer<HttpSecurity> securityHeaders(HeadersConfigurer<HttpSecurity> headers) {
        return headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .frameOptions(frame -> frame.deny());
    }

    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, exception) -> {
            String target = "/connexion?erreur";
            if (exception instanceof LoginThrottledException throttled) {
                long seconds = Math.max(1, throttled.waitTime().toSeconds()
                        + (throttled.waitTime().toMillisPart() > 0 ? 1 : 0));
                // the account ceiling's short delay is said in seconds, a throttled pair or address in minutes
                target = throttled.ceiling() && seconds < 100 ? "/connexion?patienter=" + seconds
                        : "/connexion?attente=" + (seconds + 59) / 60;
            }
            response.setStatus(HttpServletResponse.SC_FOUND);
            response.sendRedirect(request.getContextPath() + target);
        };
    }
}
