package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import fr.gouv.sante.jalons.support.JalonsTest;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every public page type, checked by axe-core against WCAG 2.1 A and AA in a real browser. */
@JalonsTest
class AccessibilityBrowserTests {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

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
            not-found              | /objectifs/99-9
            """)
    void hasNoWcagViolation(String name, String path) {
        browser.open("http://localhost:" + port + path);
        assertThat(browser.driver().findElements(By.tagName("h1"))).as("the h1 of %s", path).hasSize(1);
        browser.screenshot("axe-" + name);

        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());

        assertThat(results.isErrored()).as("axe-core failed on %s: %s", path, results.getErrorMessage()).isFalse();
        assertThat(results.getPasses()).as("axe-core checked nothing on %s", path).isNotEmpty();
        assertThat(results.getViolations()).extracting(Rule::getId)
                .as("axe-core violations on %s:%n%s%n", path, describe(results.getViolations()))
                .isEmpty();
        // axe only reports a data table without data cells as "incomplete"; an empty table is an error here
        assertThat(browser.driver().findElements(By.xpath("//table[not(tbody/tr/td)]")))
                .extracting(table -> table.findElements(By.tagName("caption")).stream()
                        .map(caption -> caption.getDomProperty("textContent")).findFirst().orElse("(no caption)"))
                .as("captions of the data tables without any data row on %s", path)
                .isEmpty();
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(rule -> "- " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " <" + rule.getHelpUrl() + ">\n"
                        + rule.getNodes().stream().map(AccessibilityBrowserTests::describe).collect(Collectors.joining("\n")))
                .collect(Collectors.joining("\n"));
    }

    private static String describe(CheckedNode node) {
        String summary = node.getFailureSummary() == null ? "" : node.getFailureSummary().replace("\n", "\n      ");
        return "    " + node.getTarget() + "\n      " + node.getHtml() + "\n      " + summary;
    }
}
