package fr.gouv.sante.jalons.web;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Error answers say what they are: the error path, reached only by an error, is not found when asked
 * for directly; a page that does not exist is an HTML page labelled as HTML, whatever its URL ends with.
 */
@JalonsTest
class ErrorAnswersTests {

    @LocalServerPort
    int port;

    @Test
    void theErrorPathAskedForDirectlyIsTheFrench404Page() {
        HttpResponse<String> page = new HttpTestClient(port).get("/error", "Accept", "text/html");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body())
                .contains("<html lang=\"fr\"", "Page non trouvée")
                .doesNotContain("Erreur 999");
    }

    @Test
    void theErrorPathAskedForDirectlyByAProgramIsA404InJsonNeverStatus999() {
        HttpResponse<String> json = new HttpTestClient(port).get("/error", "Accept", "application/json");
        assertThat(json.statusCode()).isEqualTo(404);
        assertThat(json.body()).contains("\"status\":404").doesNotContain("999");
        HttpResponse<String> withQuery = new HttpTestClient(port).get("/error?x=1");
        assertThat(withQuery.statusCode()).isEqualTo(404);
    }

    @Test
    void anUnknownObjectiveFeedIsAnHtmlNotFoundPageLabelledAsHtml() {
        for (String path : List.of("/bilans/flux/99-9.atom", "/bilans/flux/abc.atom")) {
            // what a feed reader, curl and a browser send
            for (String accept : List.of("application/atom+xml", "*/*", "text/html,*/*;q=0.8")) {
                HttpResponse<String> response = new HttpTestClient(port).get(path, "Accept", accept);
                assertThat(response.statusCode()).as(path + " " + accept).isEqualTo(404);
                assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                        .as(path + " " + accept)
                        .startsWith("text/html");
                assertThat(response.body()).as(path).contains("<html lang=\"fr\"", "Page non trouvée");
            }
        }
    }
}
