package fr.gouv.sante.jalons.operations;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.support.JalonsTest;
import jakarta.servlet.RequestDispatcher;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * The secret of an invitation or reset link is a credential: no log line, error page or error body
 * may hold it, whatever fails on its page (the path is logged and shown as {@code /invitation/***}).
 * Operations names no link: the application's beans are tested, with what the account module
 * contributes ({@link PathSecrets}).
 */
@JalonsTest
@ExtendWith(OutputCaptureExtension.class)
class SecretLinksInLogsTests {

    private static final String SECRET = "wRrm4Qr0-" + "k".repeat(34);

    @Autowired
    ErrorAttributes errorAttributes;

    @Autowired
    FilterRegistrationBean<RequestIncident> requestIncident;

    @Autowired
    DatabaseOutageAdvice outageAdvice;

    @Test
    void aServerErrorOnALinkIsLoggedAndShownWithoutTheSecret(CapturedOutput output) {
        for (String page : new String[] {"/invitation/", "/mot-de-passe/"}) {
            MockHttpServletRequest request = new MockHttpServletRequest("POST", page + SECRET);
            request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, page + SECRET);
            request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 500);
            request.setAttribute(
                    RequestDispatcher.ERROR_EXCEPTION, new IllegalArgumentException("anything that went wrong"));

            Map<String, Object> attributes = errorAttributes.getErrorAttributes(
                    new ServletWebRequest(request), ErrorAttributeOptions.defaults());

            assertThat(attributes.get("path")).isEqualTo(page + "***");
            assertThat(output).contains("on " + page + "***");
        }
        assertThat(output).doesNotContain(SECRET);
    }

    @Test
    void aDatabaseOutageOnALinkIsLoggedWithoutTheSecret(CapturedOutput output) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/mot-de-passe/" + SECRET);
        MockFilterChain failing = new MockFilterChain() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
                throw new CannotCreateTransactionException("connection refused");
            }
        };
        requestIncident.getFilter().doFilter(request, new MockHttpServletResponse(), failing);

        MockHttpServletRequest page = new MockHttpServletRequest("POST", "/invitation/" + SECRET);
        outageAdvice.unavailable(
                new CannotCreateTransactionException("connection refused"), page, new MockHttpServletResponse());

        assertThat(output)
                .contains("503 for GET /mot-de-passe/***", "503 for POST /invitation/***")
                .doesNotContain(SECRET);
    }

    @Test
    void everyContributedMaskIsAppliedAndAPathWithoutSecretIsKept() {
        LoggablePaths paths = new LoggablePaths(
                List.of(path -> path.replace("/a/secret", "/a/***"), path -> path.replace("/b/secret", "/b/***")));

        assertThat(paths.of("/a/secret/b/secret")).isEqualTo("/a/***/b/***");
        assertThat(paths.of("/objectifs/1-1")).isEqualTo("/objectifs/1-1");
        assertThat(paths.of((String) null)).isNull();
    }
}
