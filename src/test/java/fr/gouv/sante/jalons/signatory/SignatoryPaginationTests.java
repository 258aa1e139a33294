package fr.gouv.sante.jalons.signatory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The public register in pages of a hundred: links that keep the search and the filters, the count of
 * the whole filtered list in the heading, an unknown page said, while the CSV and the JSON of the same
 * filters keep every row.
 */
@JalonsTest
class SignatoryPaginationTests {

    private static final Pattern ROW = Pattern.compile("<tr[ >]");
    private static final Pattern SIREN_IN_JSON = Pattern.compile("\"siren\":\"");

    @LocalServerPort
    int port;

    @Autowired
    SignatoryRegister register;

    @Autowired
    TestUsers users;

    @Autowired
    JdbcClient jdbc;

    /** The signatories the reference data already holds. */
    int baseline;

    @BeforeEach
    void countTheRegister() {
        baseline = jdbc.sql("select count(*) from charter_signatory")
                .query(Integer.class)
                .single();
    }

    /** A SIREN whose last digit is its Luhn key. */
    private static String siren(int number) {
        String body = String.format("80%06d", number);
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return body + (10 - sum % 10) % 10;
    }

    /** 150 signatories imported as the DNS imports them: 140 in the sanitary sector, 10 in the social. */
    private void register150() {
        StringBuilder csv = new StringBuilder("legal_name,siren,sectors,signed_on,charter_version\n");
        for (int i = 0; i < 150; i++) {
            csv.append(String.format(
                    "Éditeur Pagination %03d,%s,%s,2024-03-15,2023%n", i, siren(i), i < 140 ? "SANITAIRE" : "SOCIAL"));
        }
        assertThat(register.apply(users.admin(), csv.toString())).isEqualTo(150);
    }

    private static int count(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    private static int rows(String html) {
        return count(ROW, html) - 1; // the header row
    }

    @Test
    void aLongRegisterIsPagedAndItsLinksKeepTheSearchAndTheFilters() {
        register150();
        HttpTestClient http = new HttpTestClient(port);
        String filters = "q=editeur+pagination&secteur=sanitaire";

        String first = http.page("/charte/signataires?" + filters);
        assertThat(first)
                .contains("140 résultats, page 1 sur 2")
                .contains("href=\"/charte/signataires?" + filters + "&page=2\"")
                .contains("Page suivante")
                .doesNotContain("Page précédente")
                .contains("Éditeur Pagination 099")
                .doesNotContain("Éditeur Pagination 100");
        assertThat(rows(first)).isEqualTo(100);
        assertThat(first.getBytes(StandardCharsets.UTF_8).length).isLessThan(150 * 1024);

        String second = http.page("/charte/signataires?" + filters + "&page=2");
        assertThat(second)
                .contains("140 résultats, page 2 sur 2")
                .contains("href=\"/charte/signataires?" + filters + "\"")
                .contains("<title>Signataires de la charte e-santé, page 2 — Jalons</title>")
                .contains("Éditeur Pagination 100", "Éditeur Pagination 139")
                .doesNotContain("Éditeur Pagination 140");
        assertThat(rows(second)).isEqualTo(40);

        // a page that does not exist: said, and the first one shown
        String unknown = http.page("/charte/signataires?" + filters + "&page=3");
        assertThat(unknown).contains("La page « 3 » n’existe pas : la liste a 2 pages. La première est affichée.");
        assertThat(rows(unknown)).isEqualTo(100);

        // a short filtered list is one page, without pagination
        String social = http.page("/charte/signataires?secteur=social&page=1");
        assertThat(social).contains("10 résultats").doesNotContain("fr-pagination");
        assertThat(rows(social)).isEqualTo(10);
    }

    @Test
    void theAdministratorsListIsPagedToo() {
        register150();
        WebSession admin = WebSession.signedIn(port, users.admin().email(), TestUsers.PASSWORD);
        int total = 150 + baseline;

        String first = admin.get("/admin/charte/signataires").body();
        assertThat(first)
                .contains(total + " entreprises au registre, page 1 sur 2")
                .contains("href=\"/admin/charte/signataires?page=2\"");
        assertThat(rows(first)).isEqualTo(100);
        assertThat(first.getBytes(StandardCharsets.UTF_8).length).isLessThan(150 * 1024);

        String second = admin.get("/admin/charte/signataires?page=2").body();
        assertThat(second)
                .contains("<title>Signataires de la charte, page 2 — Jalons</title>")
                .contains("page 2 sur 2");
        assertThat(rows(second)).isEqualTo(total - 100);
        assertThat(admin.get("/admin/charte/signataires?page=0").body())
                .contains("La page « 0 » n’existe pas : la liste a 2 pages.");
    }

    @Test
    void theExportsOfTheFilteredListKeepEveryRow() {
        register150();
        HttpTestClient http = new HttpTestClient(port);
        String filters = "q=editeur+pagination&secteur=sanitaire";

        var export = http.get("/opendata/charter-signatories.csv?" + filters);
        assertThat(export.body().lines().count() - 1).isEqualTo(140);
        assertThat(export.headers().firstValue("ETag")).isEmpty();
        // a refused filter is still a problem, not a half-written file
        var refused = http.get("/opendata/charter-signatories.csv?secteur=inconnu");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).doesNotContain("legal_name");
        // a page number given to an export changes nothing: it has no pages
        String json =
                http.get("/api/v1/charter/signatories?" + filters + "&page=2").body();
        assertThat(count(SIREN_IN_JSON, json)).isEqualTo(140);
        assertThat(count(SIREN_IN_JSON, http.get("/api/v1/charter/signatories").body()))
                .isGreaterThanOrEqualTo(150);
    }
}
