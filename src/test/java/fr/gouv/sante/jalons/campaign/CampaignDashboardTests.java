package fr.gouv.sante.jalons.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.followup.CampaignOverviews;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * The administrators' home says what needs the DNS now, each with a link; the campaign's tables
 * (organisations, reports) are filtered, sorted and paginated by plain links that keep the filters.
 */
@JalonsTest
class CampaignDashboardTests {

    private static final Pattern CODE_CELL = Pattern.compile("<td data-label=\"Code\">([0-9]+-[0-9]+)</td>");

    private static final Pattern ACRONYM_CELL = Pattern.compile("<td data-label=\"Sigle\"><span>([^<]+)</span>");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CampaignOverviews overviews;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    WebSession session;
    int reports;

    @BeforeEach
    void setUp() {
        CurrentUser admin = users.admin();
        CurrentUser ans = users.editor("ANS");
        campaign.open();
        campaign.submitted(ans, "3-1", ProgressStatus.ON_TRACK, "Soumis.");
        campaign.submitted(ans, "3-3", ProgressStatus.AT_RISK, "Soumis aussi.");
        session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        reports = overviews.overview(admin).reports().size();
    }

    @Test
    void theHomeSaysWhatNeedsTheDnsNowWithALinkToEach() {
        String home = page("/admin");
        assertThat(home)
                .contains(
                        "Ce qui vous attend maintenant",
                        "2 points d’avancement soumis attendent votre revue",
                        "href=\"/admin/campagne/rapports?etat=SUBMITTED\"",
                        "n’ont pas tout soumis : voir les relances",
                        "href=\"/admin/relances\"",
                        "La période n’est pas encore publiée.",
                        "Il reste 181 jours.")
                .doesNotContain("sont en retard à la date limite");
        // the home is a summary: the campaign's full list is on its own page
        assertThat(codes(home)).isEmpty();

        // the due date passed (the clock is fixed on 15 January 2025): late organisations now wait for the DNS
        campaign.overdue();
        assertThat(page("/admin"))
                .containsPattern("[0-9]+ organisations sont en retard à la date limite")
                .contains("href=\"/admin/campagne/organisations?retard=oui\"");
    }

    @Test
    void theReportsAreFilteredByStateOrganisationAndLateness() {
        assertThat(codes(page("/admin/campagne/rapports?etat=SUBMITTED"))).containsExactly("3-1", "3-3");
        String ans = page("/admin/campagne/rapports?organisation=ANS");
        assertThat(codes(ans)).contains("3-1", "3-3").doesNotHaveDuplicates();
        assertThat(ans).contains("<option value=\"ANS\" selected=\"selected\">ANS</option>");
        long ledByAns = jdbc.sql("""
                select count(distinct w.objective_id) from objective_owner w
                join organisation g on g.id = w.organisation_id where g.acronym = 'ANS'""").query(Long.class).single();
        assertThat(ans).contains("sur " + ledByAns);
        assertThat(page("/admin/campagne/rapports?retard=oui")).contains("Aucune ligne ne correspond à ces filtres.");

        campaign.overdue();
        List<String> late = codes(page("/admin/campagne/rapports?retard=oui&etat=TODO"));
        assertThat(late).isNotEmpty().doesNotContain("3-1", "3-3");
        // a hand-made state is ignored, never an error page
        assertThat(session.get("/admin/campagne/rapports?etat=%0A&page=abc").statusCode())
                .isEqualTo(200);
    }

    @Test
    void theReportsArePaginatedByLinksThatKeepTheFilters() {
        String first = page("/admin/campagne/rapports");
        assertThat(codes(first)).hasSize(25);
        assertThat(first)
                .contains("Lignes 1 à 25 sur " + reports, "href=\"/admin/campagne/rapports?page=2\"")
                .contains("aria-current=\"page\" title=\"Page 1\"");
        String second = page("/admin/campagne/rapports?page=2");
        assertThat(codes(second)).hasSize(25).doesNotContainAnyElementsOf(codes(first));
        // past the last page: the last page
        String beyond = page("/admin/campagne/rapports?page=99");
        assertThat(beyond).contains("sur " + reports).contains("aria-current=\"page\" title=\"Page 3\"");

        String cnam = page("/admin/campagne/rapports?organisation=CNAM&etat=TODO&tri=etat");
        assertThat(cnam).contains("href=\"/admin/campagne/rapports?organisation=CNAM&etat=TODO&tri=etat&page=2\"");
        assertThat(page("/admin/campagne/rapports?organisation=CNAM&etat=TODO&tri=etat&page=2"))
                .contains("Lignes 26 à ")
                .doesNotContain("<td data-label=\"État\"><p class=\"fr-badge fr-badge--sm fr-badge--info\"");
    }

    @Test
    void theReportsAreSortedByAColumnEitherWay() {
        String descending = page("/admin/campagne/rapports?tri=etat&sens=desc");
        assertThat(codes(descending).subList(0, 2)).containsExactly("3-1", "3-3");
        assertThat(descending).contains("aria-sort=\"descending\"");
        String ascending = page("/admin/campagne/rapports?tri=etat");
        assertThat(codes(ascending)).doesNotContain("3-1");
        // the header of the column sorted ascending reverses it
        assertThat(ascending)
                .contains("aria-sort=\"ascending\"", "href=\"/admin/campagne/rapports?tri=etat&sens=desc\"");
        // an unknown column keeps the roadmap order
        assertThat(codes(page("/admin/campagne/rapports?tri=nimporte&sens=desc")))
                .isEqualTo(codes(page("/admin/campagne/rapports")));
    }

    @Test
    void theOrganisationsAreFilteredSortedAndPaginated() {
        List<String> byName = acronyms(page("/admin/campagne/organisations?tri=organisation"));
        List<String> reversed = acronyms(page("/admin/campagne/organisations?tri=organisation&sens=desc"));
        assertThat(byName).isNotEmpty().isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        assertThat(reversed.get(0)).isNotEqualTo(byName.get(0));
        assertThat(acronyms(page("/admin/campagne/organisations?organisation=ANS")))
                .containsExactly("ANS");
        assertThat(acronyms(page("/admin/campagne/organisations?etat=SUBMITTED")))
                .contains("ANS");
        assertThat(page("/admin/campagne/organisations?retard=oui"))
                .contains("Aucune ligne ne correspond à ces filtres.");

        campaign.overdue();
        String late = page("/admin/campagne/organisations?retard=oui");
        assertThat(acronyms(late)).isNotEmpty();
        assertThat(late).contains("jalons-late-row", "En retard", "Relancer maintenant", "action=\"/admin/relance\"");
        long organisations = jdbc.sql("select count(distinct organisation_id) from objective_owner")
                .query(Long.class)
                .single();
        String all = page("/admin/campagne/organisations");
        assertThat(acronyms(all)).hasSize((int) Math.min(organisations, 25));
        if (organisations > 25) {
            assertThat(all).contains("href=\"/admin/campagne/organisations?page=2\"");
        }
    }

    private String page(String path) {
        var response = session.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.body());
    }

    private static List<String> codes(String html) {
        return all(CODE_CELL, html);
    }

    private static List<String> acronyms(String html) {
        return all(ACRONYM_CELL, html);
    }

    private static List<String> all(Pattern pattern, String html) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
