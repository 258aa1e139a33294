package fr.gouv.sante.jalons.browser;

import fr.gouv.sante.jalons.support.JalonsTest;
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
}
