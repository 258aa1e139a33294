package fr.gouv.sante.jalons.account.domain;

import fr.gouv.sante.jalons.account.PasswordLinks;
import fr.gouv.sante.jalons.account.ProConnectSignIn;
import fr.gouv.sante.jalons.account.Role;
import fr.gouv.sante.jalons.account.SignInOptions;
import fr.gouv.sante.jalons.account.UserAccounts;
import fr.gouv.sante.jalons.account.domain.ThrottledAuthenticationProvider.LoginThrottledException;
import fr.gouv.sante.jalons.operations.PathSecrets;
import fr.gouv.sante.jalons.shared.TextRules;
import fr.gouv.sante.jalons.shared.web.BackOfficeAccounts;
import fr.gouv.sante.jalons.shared.web.BackOfficeArea;
import fr.gouv.sante.jalons.shared.web.BackOfficeArea.Access;
import fr.gouv.sante.jalons.shared.web.BackOfficeArea.Rule;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutSuccessHandler;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Authentication by account: password hashing, the throttled password check, what the back-office
 * filter chain (in the {@code web} module) needs from accounts (with the sign-in and password pages it
 * must cover), and the secret of the password links masked wherever operations logs or shows a request
 * path.
 */
@Configuration
class AccountSecurity {

    static final String LOGIN = "/connexion";
    static final String LOGOUT = "/deconnexion";
    static final String FORGOTTEN_PASSWORD = "/mot-de-passe-oublie";
    static final String ACCESS_DENIED = "/acces-refuse";
    static final String ACCOUNT_PAGE = "/compte";
    /** The sign-in page's word for a password refused because the account signs in with ProConnect only. */
    static final String PROCONNECT_ONLY = "uniquement";

    private static final String ARGON2 = "argon2";
    private static final String BCRYPT = "bcrypt";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    /** BCrypt's input limit. */
    private static final int BCRYPT_MAX_BYTES = 72;

    /**
     * Argon2id (OWASP's first choice for password storage) at {@code jalons.security.password-memory} KiB
     * and {@code jalons.security.password-iterations} passes: 19 MiB and 2 in production (about 70 ms
     * per check on a server core). Only the tests lower them, so that their hundreds of sign-ins cost
     * nothing. Argon2 reads the whole passphrase, where BCrypt reads 72 bytes at most (and Spring
     * Security refuses longer input), and each hash names its own parameters: a stored password always
     * checks, and one hashed more weakly than the settings say (or with BCrypt, as the accounts made
     * before, marked {@code {bcrypt}} or not marked at all) is hashed again at its next sign-in.
     */
    @Bean
    PasswordEncoder passwordEncoder(PasswordHashingProperties hashing) {
        PasswordEncoder argon2 = new ConcurrencyLimitedPasswordEncoder(
                new Argon2PasswordEncoder(
                        SALT_BYTES, HASH_BYTES, 1, hashing.passwordMemory(), hashing.passwordIterations()),
                2 * Runtime.getRuntime().availableProcessors());
        PasswordEncoder bcrypt = new LegacyBcrypt();
        DelegatingPasswordEncoder encoder =
                new DelegatingPasswordEncoder(ARGON2, Map.of(ARGON2, argon2, BCRYPT, bcrypt));
        encoder.setDefaultPasswordEncoderForMatches(bcrypt);
        return encoder;
    }

    /** The only authentication provider (also the global one: registering it on a chain too would run it twice). */
    @Bean
    AuthenticationProvider authenticationProvider(
            AccountUserDetailsService users,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            ObjectProvider<ProConnectSignIn> proConnect) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        passwords.setUserDetailsPasswordService(users);
        // once the password is right (so that a wrong guess learns nothing): an account the DNS set to
        // "ProConnect only" is refused. Without ProConnect configured the flag is ignored, so that
        // passwords stay the fallback when ProConnect is withdrawn.
        boolean proConnectConfigured = proConnect.getIfAvailable() != null;
        passwords.setPostAuthenticationChecks(user -> {
            if (proConnectConfigured && user instanceof AccountPrincipal principal && principal.proConnectOnly()) {
                throw new ProConnectOnlyException();
            }
        });
        return new ThrottledAuthenticationProvider(passwords, throttle);
    }

    @Bean
    SignInOptions signInOptions(ObjectProvider<ProConnectSignIn> proConnect) {
        return new SignInOptions(proConnect.getIfAvailable() != null);
    }

    @Bean
    BackOfficeAccounts backOfficeAccounts(
            AppUserRepository users, AccountUserDetailsService accounts, ObjectProvider<ProConnectSignIn> proConnect) {
        return new BackOfficeAccounts() {
            @Override
            public String loginPage() {
                return LOGIN;
            }

            @Override
            public String logoutPath() {
                return LOGOUT;
            }

            @Override
            public String loggedOutPage() {
                return LOGIN + "?deconnecte";
            }

            @Override
            public String accessDeniedPage() {
                return ACCESS_DENIED;
            }

            @Override
            public String administratorRole() {
                return Role.ADMIN.name();
            }

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
            public void addSignIns(HttpSecurity http, AuthenticationSuccessHandler landing) throws Exception {
                ProConnectSignIn signIn = proConnect.getIfAvailable();
                if (signIn != null) {
                    signIn.configure(http, LOGIN, landing);
                }
            }

            @Override
            public List<String> formTargets() {
                ProConnectSignIn signIn = proConnect.getIfAvailable();
                return signIn == null ? List.of() : signIn.origins();
            }

            @Override
            public LogoutSuccessHandler logoutSuccess() {
                return (request, response, authentication) -> {
                    ProConnectSignIn signIn = proConnect.getIfAvailable();
                    String endSession = signIn == null ? null : signIn.endSession(request, authentication);
                    response.sendRedirect(endSession != null ? endSession : request.getContextPath() + loggedOutPage());
                };
            }

            // with no page asked for before: an administrator's campaign, where the work of the DNS
            // starts, and everyone else's objectives
            @Override
            public String landingPage(Authentication authentication) {
                return authentication.getPrincipal() instanceof AccountPrincipal principal
                                && principal.user().role() == Role.ADMIN
                        ? "/admin"
                        : "/espace";
            }
        };
    }

    /**
     * The pages of signing in and out and of the password links, in the back office's chain (CSRF
     * tokens, never cached). Open to anyone but signing out: the link in an invitation or a reset mail
     * is the credential. The page saying access is refused is not here: the public chain serves it, to
     * anyone a back-office page refused.
     */
    @Bean
    BackOfficeArea accountPages() {
        return () -> List.of(
                new Rule(
                        Access.ANYONE,
                        LOGIN,
                        PasswordLinks.INVITATION_PATH + "**",
                        PasswordLinks.RESET_PATH + "**",
                        FORGOTTEN_PASSWORD,
                        ProConnectSignIn.SIGNED_OUT_PATH),
                new Rule(Access.SIGNED_IN, LOGOUT, ACCOUNT_PAGE));
    }

    /** A link's secret is a credential: no log line, error page or error body may hold it. */
    @Bean
    PathSecrets passwordLinkSecrets() {
        return PasswordLinks::withoutSecrets;
    }

    private static void loginFailed(
            HttpServletRequest request, HttpServletResponse response, AuthenticationException exception)
            throws IOException {
        String target = LOGIN + "?erreur";
        if (exception instanceof ProConnectOnlyException) {
            target = LOGIN + "?" + ProConnectSignIn.REFUSAL_PARAMETER + "=" + PROCONNECT_ONLY;
        } else if (exception instanceof LoginThrottledException throttled) {
            long seconds = Math.max(
                    1, throttled.waitTime().toSeconds() + (throttled.waitTime().toMillisPart() > 0 ? 1 : 0));
            // the page says the wait as it is; the account ceiling's short delay has its own sentence
            target = LOGIN + (throttled.ceiling() ? "?patienter=" : "?attente=") + seconds;
        }
        keepTypedAddress(request, response);
        response.setStatus(HttpServletResponse.SC_FOUND);
        response.sendRedirect(request.getContextPath() + target);
    }

    /**
     * The login page shows the address typed again (a flash attribute, in the session that the form's
     * CSRF token already opened), so that only the password is typed again. Nothing that could not be
     * an address comes back.
     */
    private static void keepTypedAddress(HttpServletRequest request, HttpServletResponse response) {
        String email = request.getParameter("email");
        if (email == null
                || TextRules.checkLine(email, UserAccounts.MAX_EMAIL_LENGTH).isPresent()) {
            return;
        }
        FlashMap flash = new FlashMap();
        flash.put("email", email.strip());
        flash.setTargetRequestPath(request.getContextPath() + LOGIN);
        new SessionFlashMapManager().saveOutputFlashMap(flash, request, response);
    }

    /** The password was right, but the DNS set the account to sign in with ProConnect only. */
    static final class ProConnectOnlyException extends AuthenticationException {

        @Serial
        private static final long serialVersionUID = 1L;

        ProConnectOnlyException() {
            super("This account signs in with ProConnect only");
        }
    }

    /**
     * Checks the BCrypt hashes stored before Argon2. BCrypt reads 72 bytes at most and Spring Security
     * refuses longer input with an exception: no such password can have been stored under BCrypt, so a
     * longer one simply does not match (a wrong password, not a server error).
     */
    private static final class LegacyBcrypt extends BCryptPasswordEncoder {

        @Override
        protected boolean matchesNonNull(String rawPassword, String encodedPassword) {
            return rawPassword.getBytes(StandardCharsets.UTF_8).length <= BCRYPT_MAX_BYTES
                    && super.matchesNonNull(rawPassword, encodedPassword);
        }
    }
}
