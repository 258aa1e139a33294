package fr.gouv.sante.jalons.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.roadmap.IndicatorEditing;
import fr.gouv.sante.jalons.roadmap.IndicatorsChange;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.shared.ProgressStatus;
import fr.gouv.sante.jalons.support.CampaignFixture;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/** A progress percentage starts from the indicator's baseline, never from the first figure entered. */
@JalonsTest
class ProgressPercentageTests {

    private static final ObjectiveCode DOCUMENTS = ObjectiveCode.parse("1-1");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    IndicatorEditing indicators;

    @Autowired
    TestUsers users;

    @Autowired
    CampaignFixture campaign;

    CurrentUser admin;

    @BeforeEach
    void setUp() {
        admin = users.admin();
    }

    private String page(String path) {
        HttpResponse<String> response = new HttpTestClient(port).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.body()).replace('\u00a0', ' ').replace('\u202f', ' ');
    }

    private long documentsPerYear() {
        return campaign.indicator(DOCUMENTS.toString());
    }

    private void publish380Million() {
        campaign.open();
        campaign.submitted(
                admin,
                DOCUMENTS.toString(),
                ProgressStatus.ON_TRACK,
                "380 millions de documents par an au 31 mars 2025.",
                campaign.measurement(DOCUMENTS.toString(), "380000000", LocalDate.of(2025, 3, 31)));
        campaign.validated(DOCUMENTS.toString());
        assertThat(campaign.published()).isEqualTo(1);
    }

    @Test
    void aHigherFigureMakesThePercentageRiseNotDrop() {
        assertThat(page("/objectifs/1-1")).contains("au moins 90 %");

        publish380Million();

        // 380 M over the 400 M target, not (380 - 360) / (400 - 360) = 50 %
        assertThat(page("/objectifs/1-1"))
                .contains("Avancement vers la cible : 95 %")
                .doesNotContain("50 %")
                .contains("href=\"/methode#pourcentages\"");
        assertThat(page("/methode")).contains("id=\"pourcentages\"", "valeur de référence");
    }

    @Test
    void theDnsSetsABaselineAndTheChangeIsAudited() {
        IndicatorsChange current = indicators.indicators(admin, DOCUMENTS);
        List<IndicatorsChange.Indicator> rows = new ArrayList<>();
        for (IndicatorsChange.Indicator row : current.indicators()) {
            rows.add(
                    row.id() == documentsPerYear()
                            ? new IndicatorsChange.Indicator(
                                    row.id(),
                                    row.name(),
                                    row.unit(),
                                    row.direction(),
                                    null,
                                    new BigDecimal("200000000"),
                                    LocalDate.of(2022, 12, 31))
                            : row);
        }
        indicators.updateIndicators(admin, DOCUMENTS, new IndicatorsChange(rows, current.targets(), current.version()));
        publish380Million();

        // (380 - 200) / (400 - 200): from the baseline, whatever figure was entered first
        assertThat(page("/objectifs/1-1")).contains("Avancement vers la cible : 90 %", "Valeur de référence");
        assertThat(indicators.indicators(admin, DOCUMENTS).indicators().get(0).baselineValue())
                .isEqualByComparingTo("200000000");
        assertThat(jdbc.sql("""
                        select count(*) from audit_event where action = 'INDICATORS_CHANGED'
                          and after_state::text like '%référence 200000000 au 2022-12-31%'""").query(Long.class).single()).isPositive();
    }
}
