package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * axe-core runs once per kind of page in a test run ({@link BrowserSupport#assertAccessible}), so no
 * single class audits all the pages it visits: this class, run after every other one ({@link
 * AccessibilityCoverageLast}), checks that every page template of the application was audited by some
 * browser test of the run. It says nothing (skipped) when the run left out a browser class, as a run
 * of chosen classes does.
 */
class AccessibilityCoverageTests {

    /**
     * Page templates no browser test audits yet (found by the first full run with this check); a
     * template that some test starts auditing must leave this list (the test below fails until it
     * does). {@code local/received-mails} is the local launcher's page, a test template.
     */
    static final Set<String> NOT_AUDITED = Set.of(
            "charter/admin-links",
            "charter/withdrawal",
            "commitment/leads",
            "commitment/review",
            "dashboard/roadmap-axis",
            "dashboard/roadmap-bilans",
            "dashboard/roadmap-objectives",
            "dashboard/roadmap-organisation",
            "dashboard/roadmap-organisations",
            "error",
            "error/503",
            "local/received-mails",
            "theme/admin-themes");

    @Test
    void everyPageTemplateIsAuditedByAxeCoreInSomeBrowserTest() throws IOException {
        Set<String> browserClasses = browserClasses();
        Set<String> missing = new TreeSet<>(browserClasses);
        missing.removeAll(BrowserSupport.CLASSES_RUN);
        Set<String> audited = new TreeSet<>(BrowserSupport.audited());
        Files.createDirectories(BrowserSupport.SCREENSHOTS);
        Files.write(
                BrowserSupport.SCREENSHOTS.resolve("axe-audits.txt"),
                Stream.concat(
                                Stream.of(BrowserSupport.CHECKED.get() + " pages checked, " + audited.size()
                                        + " kinds of page audited by axe-core:"),
                                audited.stream())
                        .toList());
        assumeTrue(missing.isEmpty(), () -> "Not every browser test class ran in this run: " + missing);

        Set<String> pages = pageTemplates();
        Set<String> unaudited = new TreeSet<>(pages);
        unaudited.removeAll(BrowserSupport.AUDITED_VIEWS);
        unaudited.removeAll(NOT_AUDITED);
        assertThat(unaudited)
                .as(
                        "page templates that no browser test audits with axe-core (audited: %s)",
                        new TreeSet<>(BrowserSupport.AUDITED_VIEWS))
                .isEmpty();
        assertThat(NOT_AUDITED)
                .as("templates listed as not audited that no longer exist or are audited now")
                .isSubsetOf(pages)
                .doesNotContainAnyElementsOf(BrowserSupport.AUDITED_VIEWS);
    }

    /** The browser test classes compiled with this one. */
    private static Set<String> browserClasses() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Resource resource : new PathMatchingResourcePatternResolver()
                .getResources("classpath*:fr/gouv/sante/jalons/browser/*BrowserTests.class")) {
            String file = resource.getFilename();
            if (file != null) {
                names.add("fr.gouv.sante.jalons.browser." + file.substring(0, file.length() - ".class".length()));
            }
        }
        assertThat(names).as("browser test classes found").isNotEmpty();
        return names;
    }

    /** The templates that render a whole page (through the layout), named as controllers name them. */
    private static Set<String> pageTemplates() throws IOException {
        Set<String> views = new TreeSet<>();
        for (Resource resource :
                new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String text;
            try (InputStream in = resource.getInputStream()) {
                text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (text.contains("~{layout :: page(")) {
                String url = resource.getURL().toString();
                String view = url.substring(url.lastIndexOf("/templates/") + "/templates/".length());
                views.add(view.substring(0, view.length() - ".html".length()));
            }
        }
        assertThat(views).as("page templates found").isNotEmpty();
        return views;
    }
}
