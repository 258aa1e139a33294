package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.BackOfficeAuthentication;
import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.account.domain.ThrottledAuthenticationProvider.LoginThrottledException;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;

/**
 * Authentication by account: password hashing, the throttled password check, and what the
 * back-office filter chain (in the {@code web} module) needs from accounts.
 */
@Configuration
class AccountSecurity {

    /**
     * BCrypt at the cost {@code jalons.security.password-cost}: 12 in production (about a quarter of a
     * second per check on a server core). Only the tests lower it, so that their hundreds of sign-ins do
     * not spend a minute hashing; a hash keeps its own cost, so any stored password still checks.
     */
    @Bean
    PasswordEncoder passwordEncoder(@Value("${jalons.security.password-cost}") int cost) {
        return new BCryptPasswordEncoder(cost);
    }

    /** The only authentication provider (also the global one: registering it on a chain too would run it twice). */
    @Bean
    AuthenticationProvider authenticationProvider(
            AccountUserDetailsService users, PasswordEncoder encoder, LoginThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    @Bean
    BackOfficeAuthentication backOfficeAuthentication(AppUserRepository users, AccountUserDetailsService accounts) {
        return new BackOfficeAuthentication() {
            @Override
            public Filter revalidation() {
                // a new instance per chain: it is not a bean, so that the servlet container does not register it too
                return new AccountRevalidationFilter(users, accounts);
            }

            @Override
            public AuthenticationFailureHandler loginFailure() {
                return AccountSecurity::loginFailed;
            }

            @Override
            public CurrentUser signedIn() {
                return CurrentUserResolver.current();
            }
        };
    }

    private static void loginFailed(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String target = "/connexion?erreur";
        if (exception instanceof LoginThrottledException throttled) {
            long seconds = Math.max(
                    1, throttled.waitTime().toSeconds() + (throttled.waitTime().toMillisPart() > 0 ? 1 : 0));
            // the account ceiling's short delay is said in seconds, a throttled pair or address in minutes
            target = throttled.ceiling() && seconds < 100
                    ? "/connexion?patienter=" + seconds
                    : "/connexion?attente=" + (seconds + 59) / 60;
        }
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.sendRedirect(request.getContextPath() + target);
    }
}
