package fr.gouv.sante.jalons.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.support.ArchivedObjectives;
import fr.gouv.sante.jalons.support.ExtraObjectives;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The objective list in pages of a hundred: the current roadmap's 65 objectives on one page, a longer
 * list in pages whose links keep the filters and the sort, the count of the whole list in the heading,
 * while the CSV of the same filters holds every row.
 */
@JalonsTest
class ObjectiveListPaginationTests {

    private static final Pattern ROW = Pattern.compile("<tr[ >]");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static int rows(String html) {
        Matcher matcher = ROW.matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count - 1; // the header row
    }

    @Test
    void theCurrentRoadmapFitsOnePageWithoutPagination() {
        String page = new HttpTestClient(port).page("/objectifs");
        assertThat(page).contains("65 objectifs").doesNotContain("fr-pagination");
        assertThat(rows(page)).isEqualTo(65);
    }

    @Test
    void aLongListIsPagedAndItsLinksKeepTheFiltersAndTheSort() {
        new ExtraObjectives(jdbc).add(150);
        HttpTestClient http = new HttpTestClient(port);

        String first = http.page("/objectifs?organisation=ans&tri=code");
        int matching = jdbc.sql("""
                        select count(*) from objective o join objective_owner w on w.objective_id = o.id
                        join organisation g on g.id = w.organisation_id join roadmap r on r.id = o.roadmap_id
                        where g.acronym = 'ANS' and r.state = 'CURRENT'""").query(Integer.class).single();
        assertThat(matching).isGreaterThan(100).isLessThanOrEqualTo(200);
        assertThat(first)
                .contains(matching + " objectifs, page 1 sur 2")
                .contains("href=\"/objectifs?organisation=ans&tri=code&page=2\"")
                .contains("Page suivante")
                .doesNotContain("Page précédente");
        assertThat(rows(first)).isEqualTo(100);
        assertThat(first.getBytes(StandardCharsets.UTF_8).length).isLessThan(150 * 1024);

        String second = http.page("/objectifs?organisation=ans&tri=code&page=2");
        assertThat(second).contains(", page 2 sur 2").contains("Page précédente");
        assertThat(rows(second)).isEqualTo(matching - 100);

        // a page that does not exist: said, and the first one shown
        String unknown = http.page("/objectifs?organisation=ans&page=9");
        assertThat(unknown).contains("La page « 9 » n’existe pas : la liste a 2 pages.");
        assertThat(rows(unknown)).isEqualTo(100);

        // the export of the same filters holds every row, not a page of them
        var export = http.get("/opendata/objectives.csv?organisation=ans&tri=code");
        assertThat(export.body().lines().count() - 1).isEqualTo(matching);
        // written row by row: no ETag, which only a copy of the whole file in memory could give
        assertThat(export.headers().firstValue("ETag")).isEmpty();
        assertThat(export.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(export.headers().firstValue("Content-Disposition"))
                .hasValueSatisfying(value -> assertThat(value).contains("jalons-objectifs.csv"));
        // the whole file, cached, keeps its ETag
        assertThat(http.get("/opendata/objectives.csv").headers().firstValue("ETag"))
                .isPresent();
    }

    @Test
    void anOrganisationLeadingMoreThanAHundredObjectivesIsPaged() {
        new ExtraObjectives(jdbc).add(150);
        HttpTestClient http = new HttpTestClient(port);
        int led = jdbc.sql("""
                        select count(*) from objective o join objective_owner w on w.objective_id = o.id
                        join organisation g on g.id = w.organisation_id join roadmap r on r.id = o.roadmap_id
                        where g.acronym = 'ANS' and r.state = 'CURRENT'""").query(Integer.class).single();
        assertThat(led).isGreaterThan(100).isLessThanOrEqualTo(200);

        String first = http.page("/organisations/ans");
        assertThat(first)
                .contains("Porteur de " + led + " objectifs, page 1 sur 2")
                .contains("href=\"/organisations/ans?page=2\"")
                .doesNotContain("Page précédente");
        // the counts above the list stay the whole organisation's
        assertThat(first).contains("de ses " + led + " objectifs");
        assertThat(rows(objectivesTable(first))).isEqualTo(100);
        assertThat(first.getBytes(StandardCharsets.UTF_8).length).isLessThan(150 * 1024);

        String second = http.page("/organisations/ans?page=2");
        assertThat(second)
                .contains("<title>ANS, page 2 — Organisations — Jalons</title>")
                .contains("page 2 sur 2")
                .contains("href=\"/organisations/ans\"");
        assertThat(rows(objectivesTable(second))).isEqualTo(led - 100);

        String unknown = http.page("/organisations/ans?page=abc");
        assertThat(unknown).contains("La page « abc » n’existe pas : la liste a 2 pages.");
        assertThat(rows(objectivesTable(unknown))).isEqualTo(100);

        // a short list has no pagination
        assertThat(http.page("/organisations/cnam")).doesNotContain("fr-pagination");
    }

    @Test
    void anArchivedRoadmapsListsArePagedToo() {
        ArchivedObjectives archived = new ArchivedObjectives(jdbc);
        archived.add();
        archived.addMore(149);
        HttpTestClient http = new HttpTestClient(port);
        String list = "/feuilles-de-route/" + ArchivedObjectives.SLUG + "/objectifs";

        String first = http.page(list);
        assertThat(first).contains("150 objectifs dans Jalons, page 1 sur 2.").contains("href=\"" + list + "?page=2\"");
        assertThat(rows(first)).isEqualTo(100);
        String second = http.page(list + "?page=2");
        assertThat(second).contains("<title>Objectifs, page 2 — ").contains("page 2 sur 2.");
        assertThat(rows(second)).isEqualTo(50);
        assertThat(http.page(list + "?page=3")).contains("La page « 3 » n’existe pas : la liste a 2 pages.");

        String organisation = "/feuilles-de-route/" + ArchivedObjectives.SLUG + "/organisations/ans";
        String led = http.page(organisation);
        assertThat(led)
                .contains("Les 150 objectifs que l’organisation porte dans la feuille de route « ")
                .contains("page 1 sur 2.")
                .contains("href=\"" + organisation + "?page=2\"");
        assertThat(rows(led)).isEqualTo(100);
        assertThat(rows(http.page(organisation + "?page=2"))).isEqualTo(50);
    }

    /** The objectives' table of an organisation page, after its breakdown table. */
    private static String objectivesTable(String page) {
        return page.substring(page.indexOf("id=\"objectifs-portes\""));
    }
}
