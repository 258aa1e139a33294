package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.sante.jalons.support.JalonsTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every public page type and the error pages, checked by axe-core against WCAG 2.1 A and AA in a real browser. */
@JalonsTest
class AccessibilityBrowserTests {

    @RegisterExtension
    static final BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            home                   | /
            axis-2                 | /axes/2
            objective-7-3          | /objectifs/7-3
            objectives             | /objectifs
            objectives-search      | /objectifs?q=ordonnance&organisation=cnam&tri=echeance
            objectives-invalid     | /objectifs?statut=zzz
            objectives-no-result   | /objectifs?q=ordonnance&organisation=dgos
            organisations          | /organisations
            organisation-ans       | /organisations/ans
            organisation-no-pilot  | /organisations/ars-grades
            accessibility          | /accessibilite
            legal-notice           | /mentions-legales
            personal-data          | /donnees-personnelles
            open-data              | /donnees-ouvertes
            api                    | /api
            not-found              | /objectifs/99-9
            error-path             | /error
            feed-not-found         | /bilans/flux/99-9.atom
            """)
    void hasNoWcagViolation(String name, String path) {
        browser.open("http://localhost:" + port + path);
        browser.assertAccessible("axe-" + name);
    }

    @Test
    void theFormTooLargePageHasNoWcagViolation() {
        browser.open("http://localhost:" + port + "/connexion");
        // what no browser sends by itself: a field's value far beyond any limit, posted as a form
        ((JavascriptExecutor) browser.driver())
                .executeScript("const email = document.getElementById('email');"
                        + "email.value = 'x'.repeat(200000); email.form.submit();");
        browser.await()
                .ignoring(WebDriverException.class)
                .until(d -> "Formulaire trop volumineux".equals(browser.h1()));
        browser.awaitDsfr();
        browser.assertAccessible("axe-form-too-large");
    }

    @Test
    void theAuditFailsOnAViolationAndKeepsAPictureOfThatPage() throws Exception {
        // a page of no template, with an image without a text alternative (WCAG 1.1.1)
        String html = "<!DOCTYPE html><html lang=\"fr\" data-fr-js=\"true\"><head><title>Essai</title></head>"
                + "<body><main><h1>Essai</h1><img src=\"essai.png\"></main></body></html>";
        browser.open("data:text/html;charset=utf-8,"
                + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
        Path picture = BrowserSupport.SCREENSHOTS.resolve("axe-failing-page.png");
        Files.deleteIfExists(picture);

        assertThatThrownBy(() -> browser.assertAccessible("axe-failing-page"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt");
        assertThat(picture).isNotEmptyFile();
        // not counted as audited: met again, the page is audited again and fails again
        assertThatThrownBy(() -> browser.assertAccessible("axe-failing-page"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("image-alt");
    }
}
