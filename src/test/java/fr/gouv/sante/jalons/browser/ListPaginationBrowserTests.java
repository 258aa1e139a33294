package fr.gouv.sante.jalons.browser;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.signatory.SignatoryRegister;
import fr.gouv.sante.jalons.support.ExtraObjectives;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The history and the charter's register past a hundred rows: their DSFR pagination followed as a
 * visitor (or a crawler) follows it, the filters kept, on a desktop and a phone, checked by axe-core.
 */
@JalonsTest
class ListPaginationBrowserTests {

    @RegisterExtension
    static BrowserSupport browser = new BrowserSupport();

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SignatoryRegister register;

    @Test
    void theHistoryAndTheRegisterArePagedAt1280And390Pixels() {
        CurrentUser admin = users.admin();
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor_label, entity_type, entity_id, action, after_state)
                        select timestamptz '2026-01-01 12:00:00+01' + n * interval '1 day',
                               'Alice Martin <alice@test.jalons> (ADMIN)', 'USER', 'e' || n, 'ENABLED',
                               jsonb_build_object('enabled', true)
                        from generate_series(0, 149) as n""").update();
        // a year earlier, out of the dates above: the whole history runs to some twenty pages
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor_label, entity_type, entity_id, action, after_state)
                        select timestamptz '2025-01-01 12:00:00+01' + n * interval '1 minute',
                               'Bruno Petit <bruno@test.jalons> (ADMIN)', 'USER', 'b' || n, 'DISABLED',
                               jsonb_build_object('enabled', false)
                        from generate_series(0, 1799) as n""").update();
        register.apply(admin, signatories(130));
        String base = "http://localhost:" + port;
        browser.signIn(base, admin.email(), TestUsers.PASSWORD);
        browser.atBothWidths(width -> {
            browser.open(base + "/admin/historique?du=2026-01-01&au=2026-06-30");
            assertThat(browser.mainText()).contains("150 modifications, page 1 sur 2");
            browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector(".fr-pagination__link--next")));
            assertThat(browser.driver().getCurrentUrl())
                    .endsWith("/admin/historique?du=2026-01-01&au=2026-06-30&page=2");
            assertThat(browser.mainText()).contains("150 modifications, page 2 sur 2");
            assertFitsTheScreen();
            browser.assertAccessible("history-page-2-" + width);

            // a long list: its ends and the pages around the current one, the gaps marked
            browser.open(base + "/admin/historique?page=8");
            assertThat(browser.mainText()).contains("modifications, page 8 sur 2");
            assertThat(browser.driver().findElements(By.cssSelector(".fr-pagination__link[aria-hidden]")))
                    .hasSize(2);
            assertFitsTheScreen();
            browser.assertAccessible("history-long-" + width);

            browser.open(base + "/charte/signataires?q=pagination&secteur=sanitaire");
            assertThat(browser.mainText()).contains("130 résultats, page 1 sur 2");
            browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector(".fr-pagination__link--next")));
            assertThat(browser.driver().getCurrentUrl())
                    .endsWith("/charte/signataires?q=pagination&secteur=sanitaire&page=2");
            assertThat(browser.mainText()).contains("130 résultats, page 2 sur 2", "Éditeur Pagination 129");
            assertFitsTheScreen();
            browser.assertAccessible("charter-signatories-page-2-" + width);
        });
    }

    @Test
    void anOrganisationTheCourrielsAndTheAdministratorsRegisterArePagedAt1280And390Pixels() {
        CurrentUser admin = users.admin();
        new ExtraObjectives(jdbc).add(150);
        jdbc.sql("""
                        insert into mail_outbox (kind, recipient, subject, body, status, next_attempt_at, created_at, sent_at)
                        select 'REMINDER', 'page-' || n || '@exemple.fr', 'Jalons : relance ' || n, 'Bonjour.', 'SENT',
                          now(), now() - n * interval '1 minute', now()
                        from generate_series(1, 120) n""").update();
        register.apply(admin, signatories(130));
        String base = "http://localhost:" + port;
        browser.signIn(base, admin.email(), TestUsers.PASSWORD);
        browser.atBothWidths(width -> {
            browser.open(base + "/organisations/ans");
            assertThat(browser.mainText()).contains("objectifs, page 1 sur 2");
            browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector(".fr-pagination__link--next")));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/organisations/ans?page=2");
            assertThat(browser.mainText()).contains("objectifs, page 2 sur 2");
            assertFitsTheScreen();
            browser.assertAccessible("organisation-page-2-" + width);

            browser.open(base + "/admin/courriels?statut=envoyes");
            browser.clickAndWaitForPage(browser.driver().findElement(By.cssSelector(".fr-pagination__link--next")));
            assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/courriels?statut=envoyes&page=2");
            assertThat(browser.mainText()).contains("Du plus récent au plus ancien : page 2 sur 3.");
            assertFitsTheScreen();
            browser.assertAccessible("mails-page-2-" + width);

            browser.open(base + "/admin/charte/signataires?page=2");
            assertThat(browser.mainText()).contains("entreprises au registre, page 2 sur 2");
            assertFitsTheScreen();
            browser.assertAccessible("admin-signatories-page-2-" + width);
        });
    }

    /** {@code count} signatories as the DNS imports them, with SIRENs whose last digit is the Luhn key. */
    private static String signatories(int count) {
        StringBuilder csv = new StringBuilder("legal_name,siren,sectors,signed_on,charter_version\n");
        for (int i = 0; i < count; i++) {
            String body = String.format("81%06d", i);
            int sum = 0;
            for (int d = 0; d < body.length(); d++) {
                int digit = body.charAt(body.length() - 1 - d) - '0';
                if (d % 2 == 0) {
                    digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
                }
                sum += digit;
            }
            csv.append(String.format(
                    "Éditeur Pagination %03d,%s%d,SANITAIRE,2024-03-15,2023%n", i, body, (10 - sum % 10) % 10));
        }
        return csv.toString();
    }

    private static void assertFitsTheScreen() {
        Object overflow = ((JavascriptExecutor) browser.driver())
                .executeScript("const e = document.documentElement; return e.scrollWidth - e.clientWidth;");
        assertThat(((Number) overflow).intValue())
                .as("page wider than the screen")
                .isLessThanOrEqualTo(0);
    }
}
