package fr.gouv.sante.jalons.web;

import java.net.URI;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;

/**
 * The back office's redirects name a path only, never a host: Spring Security would otherwise build
 * them from the request's Host header, which the sender chooses.
 */
final class RelativeRedirects {

    private RelativeRedirects() {}

    /** A signed-out visitor of a back-office page is sent to the sign-in page. */
    static AuthenticationEntryPoint toLoginPage(String loginPage) {
        LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint(loginPage);
        entryPoint.setFavorRelativeUris(true);
        return entryPoint;
    }

    /** After signing in: the page asked for before (its path and query only), else the person's landing page. */
    static AuthenticationSuccessHandler backToTheRequestedPage(
            RequestCache requests, java.util.function.Function<Authentication, String> landingPage) {
        return (request, response, authentication) -> {
            SavedRequest saved = requests.getRequest(request, response);
            String target = landingPage.apply(authentication);
            if (saved != null) {
                requests.removeRequest(request, response);
                URI asked = URI.create(saved.getRedirectUrl());
                target = asked.getRawPath().substring(request.getContextPath().length())
                        + (asked.getRawQuery() == null ? "" : "?" + asked.getRawQuery());
            }
            response.sendRedirect(request.getContextPath() + target);
        };
    }
}
