package fr.gouv.sante.jalons.account.domain;

import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password authentication, refused while {@link LoginThrottle} says the account or address must wait. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = authentication.getName();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        LoginThrottle.Wait wait = throttle.check(email, address);
        if (!wait.none()) {
            throw new LoginThrottledException(wait.time(), wait.ceiling());
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(email, address);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(email, address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Too many failed attempts: try again after {@code wait}. */
    static class LoginThrottledException extends AuthenticationException {

        private final Duration wait;
        private final boolean ceiling;

        LoginThrottledException(Duration wait, boolean ceiling) {
            super("Too many failed attempts");
            this.wait = wait;
            this.ceiling = ceiling;
        }

        Duration waitTime() {
            return wait;
        }

        /** The account ceiling's short delay (said in seconds), rather than a throttled pair or address. */
        boolean ceiling() {
            return ceiling;
        }
    }
}
