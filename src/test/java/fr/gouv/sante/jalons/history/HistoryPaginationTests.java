package fr.gouv.sante.jalons.history;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The history in pages of a hundred changes, newest first: the database reads one page, the links keep
 * the filters, the heading counts the whole list, a page that does not exist is said and the first shown.
 */
@JalonsTest
class HistoryPaginationTests {

    private static final Pattern ENTRY = Pattern.compile("<li class=\"fr-mb-3w\">");
    private static final String ALICE = "Alice Martin <alice@test.jalons> (ADMIN)";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    TestUsers users;

    @Autowired
    History history;

    WebSession admin;

    @BeforeEach
    void signIn() {
        CurrentUser user = users.admin();
        admin = WebSession.signedIn(port, user.email(), TestUsers.PASSWORD);
    }

    /** {@code count} changes by {@code actor}, one a day from 1 January 2026 at noon, numbered from 0. */
    private void changes(int count, String actor, Long objectiveId) {
        jdbc.sql("""
                        insert into audit_event (occurred_at, actor_label, entity_type, entity_id, objective_id, action,
                                                 after_state)
                        select timestamptz '2026-01-01 12:00:00+01' + n * interval '1 day', :actor, 'TEST',
                               'e' || n, :objectiveId, 'PING', jsonb_build_object('status', 'ON_TRACK')
                        from generate_series(0, :count - 1) as n""")
                .param("actor", actor)
                .param("objectiveId", objectiveId)
                .param("count", count)
                .update();
    }

    private String page(String path) {
        var response = admin.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.body());
    }

    private static int entries(String html) {
        Matcher matcher = ENTRY.matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void theFullHistoryIsPagedNewestFirstAndItsLinksKeepTheFilters() {
        changes(150, ALICE, null);
        changes(30, "Bruno Petit <bruno@test.jalons> (EDITOR, ANS)", null);
        String filters = "auteur=" + URLEncoder.encode(ALICE, StandardCharsets.UTF_8) + "&du=2026-01-01";

        String first = page("/admin/historique?" + filters);
        assertThat(first)
                .contains("150 modifications, page 1 sur 2")
                .contains("href=\"/admin/historique?" + filters + "&page=2\"")
                .contains("Page suivante")
                .doesNotContain("Page précédente")
                .contains("<title>Historique des modifications — Jalons</title>");
        assertThat(entries(first)).isEqualTo(100);
        // newest first: the last change opens the first page, the 50th is the first page's last
        assertThat(first.indexOf("TEST e149 : PING")).isPositive().isLessThan(first.indexOf("TEST e148 : PING"));
        assertThat(first).contains("TEST e50 : PING").doesNotContain("TEST e49 : PING");
        assertThat(first.getBytes(StandardCharsets.UTF_8).length).isLessThan(150 * 1024);

        String second = page("/admin/historique?" + filters + "&page=2");
        assertThat(second)
                .contains("150 modifications, page 2 sur 2")
                .contains("Page précédente")
                .contains("href=\"/admin/historique?" + filters + "\"")
                .contains("<title>Historique des modifications, page 2 — Jalons</title>")
                .contains("TEST e49 : PING", "TEST e0 : PING")
                .doesNotContain("TEST e50 : PING", "par Bruno Petit");
        assertThat(entries(second)).isEqualTo(50);
        assertThat(second).contains("<ol class=\"jalons-history\" start=\"101\">");

        // a page that does not exist: said, and the first one shown
        String unknown = page("/admin/historique?" + filters + "&page=9");
        assertThat(unknown)
                .contains("La page « 9 » n’existe pas : la liste a 2 pages. La première est affichée.")
                .contains("150 modifications, page 1 sur 2");
        assertThat(entries(unknown)).isEqualTo(100);
        assertThat(entries(page("/admin/historique?page=deux"))).isEqualTo(100);

        // the dates narrow the count too: 40 days from the 101st
        String dated = page("/admin/historique?auteur=" + URLEncoder.encode(ALICE, StandardCharsets.UTF_8)
                + "&du=2026-04-11&au=2026-05-20");
        assertThat(dated).contains("40 modifications").doesNotContain("fr-pagination");
        assertThat(entries(dated)).isEqualTo(40);
    }

    @Test
    void aLongHistoryLinksItsEndsAndThePagesAroundAndStaysLight() {
        changes(3000, ALICE, null);
        String filters = "auteur=" + URLEncoder.encode(ALICE, StandardCharsets.UTF_8);

        String middle = page("/admin/historique?" + filters + "&page=15");
        // French grouping: a (narrow) no-break space between thousands
        assertThat(middle.replace('\u202f', ' ').replace('\u00a0', ' '))
                .contains("3 000 modifications, page 15 sur 30");
        assertThat(middle)
                .contains("href=\"/admin/historique?" + filters + "&page=30\"")
                .contains("href=\"/admin/historique?" + filters + "&page=13\"")
                .doesNotContain("&page=12\"", "&page=18\"");
        assertThat(count(Pattern.compile("class=\"fr-pagination__link\""), middle))
                .isEqualTo(9);
        assertThat(entries(middle)).isEqualTo(100);
        assertThat(middle.getBytes(StandardCharsets.UTF_8).length).isLessThan(150 * 1024);
    }

    private static int count(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    @Test
    void theDatabaseSendsOnlyThePageAndCountsApart() {
        changes(150, ALICE, null);
        HistoryFilter alice = new HistoryFilter(null, ALICE, LocalDate.of(2026, 1, 1), null);
        assertThat(history.count(alice)).isEqualTo(150);
        var second = history.find(alice, 100, 100);
        assertThat(second).hasSize(50);
        assertThat(second.get(0).entityId()).isEqualTo("e49");
        assertThat(second.get(49).entityId()).isEqualTo("e0");
    }

    @Test
    void anEmptyHistorySaysSoForWhatItCovers() {
        assertThat(page("/admin/historique"))
                .contains("Aucune modification n’a encore été enregistrée.")
                .doesNotContain("pour cet objectif");
        assertThat(page("/admin/objectifs/3-1/historique"))
                .contains("Aucune modification n’a encore été enregistrée pour cet objectif.");
    }

    @Test
    void anObjectivesOwnHistoryIsPagedToo() {
        long objective = jdbc.sql("select id from objective where code = '3-1'")
                .query(Long.class)
                .single();
        changes(120, ALICE, objective);

        String first = page("/admin/objectifs/3-1/historique");
        assertThat(first)
                .contains("120 modifications, page 1 sur 2")
                .contains("href=\"/admin/objectifs/3-1/historique?page=2\"");
        assertThat(entries(first)).isEqualTo(100);
        String second = page("/admin/objectifs/3-1/historique?page=2");
        assertThat(second).contains("<title>Historique 3-1, page 2 — Jalons</title>");
        assertThat(entries(second)).isEqualTo(20);
    }

    /**
     * The page's query can be answered by walking the trail's index newest first, whatever the table's
     * size; the planner is kept off the sequential scan, which it prefers on the few rows of a test.
     */
    @Test
    void theNewestPageIsReadThroughTheIndexOfTheTrailsOrder() {
        String plan = transactions.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join(
                    "\n",
                    jdbc.sql("explain select id from audit_event order by occurred_at desc, id desc limit 100")
                            .query(String.class)
                            .list());
        });
        assertThat(plan).contains("ix_audit_event_occurred").doesNotContain("Sort");
    }

    @Test
    void theNamesOfTheFilterAreReadByASkipScanNotTheWholeTrail() {
        String plan = transactions.execute(status -> {
            jdbc.sql("set local enable_seqscan = off").update();
            return String.join(
                    "\n",
                    jdbc.sql("explain " + History.ALL_ACTORS)
                            .query(String.class)
                            .list());
        });
        assertThat(plan).contains("ix_audit_event_actor").doesNotContain("Seq Scan");
    }
}
