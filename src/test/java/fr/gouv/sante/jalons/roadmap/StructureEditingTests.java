package fr.gouv.sante.jalons.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.sante.jalons.account.CurrentUser;
import fr.gouv.sante.jalons.shared.Deadline;
import fr.gouv.sante.jalons.shared.ObjectiveCode;
import fr.gouv.sante.jalons.support.HttpTestClient;
import fr.gouv.sante.jalons.support.JalonsTest;
import fr.gouv.sante.jalons.support.TestUsers;
import fr.gouv.sante.jalons.support.WebSession;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Administrators change an objective's indicators and dated targets; measurements are never lost. */
@JalonsTest
class StructureEditingTests {

    @LocalServerPort
    int port;

    @Autowired
    IndicatorEditing editing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TestUsers users;

    CurrentUser admin;
    final ObjectiveCode code = ObjectiveCode.parse("4-2");
    IndicatorsChange original;

    @BeforeEach
    void setUp() {
        admin = users.admin();
        original = editing.indicators(admin, code);
    }

    @Test
    void indicatorsAndTargetsAreReplacedAndThePublicSeesThem() {
        // 4-2: one indicator "Médiateurs formés au numérique en santé", target 10 000 "d'ici juin 2026"
        List<IndicatorsChange.Indicator> indicators = new ArrayList<>(original.indicators());
        IndicatorsChange.Indicator first = indicators.get(0);
        indicators.set(0, new IndicatorsChange.Indicator(first.id(), first.name(), "médiateurs formés", "INCREASE"));
        indicators.add(new IndicatorsChange.Indicator(null, "Lauréats de l'AMI", "lauréats", "INCREASE"));
        editing.updateIndicators(
                admin,
                code,
                new IndicatorsChange(
                        indicators,
                        List.of(
                                new IndicatorsChange.Target(
                                        Deadline.parse("2025-12-31").orElseThrow(),
                                        "Un premier lauréat",
                                        2,
                                        new BigDecimal("1")),
                                new IndicatorsChange.Target(
                                        Deadline.parse("2026-06").orElseThrow(),
                                        "10 000 médiateurs formés",
                                        1,
                                        new BigDecimal("10000"))),
                        original.version()));

        String api = new HttpTestClient(port).get("/api/v1/objectives/4-2").body();
        assertThat(api)
                .contains(
                        "\"unit\":\"médiateurs formés\"",
                        "\"name\":\"Lauréats de l'AMI\"",
                        "{\"value\":1,\"date\":\"2025-12-31\",\"datePrecision\":\"DAY\",\"dateLabel\":\"31 décembre 2025\"}",
                        "{\"value\":10000,\"date\":\"2026-06-30\",\"datePrecision\":\"MONTH\",\"dateLabel\":\"juin 2026\"}");
        assertThat(jdbc.sql("""
                        select after_state::text from audit_event
                        where action = 'INDICATORS_CHANGED' and entity_id = '4-2' and actor_id = ?""").param(admin.id()).query(String.class).list())
                .singleElement()
                .asString()
                .contains("Lauréats de l'AMI", "médiateurs formés");
    }

    @Test
    void anIndicatorWithMeasurementsCannotBeRemovedAndNothingChanges() {
        ObjectiveCode threeOne = ObjectiveCode.parse("3-1");
        IndicatorsChange current = editing.indicators(admin, threeOne);
        assertThatThrownBy(() -> editing.updateIndicators(
                        admin, threeOne, new IndicatorsChange(List.of(), List.of(), current.version())))
                .isInstanceOf(StructureRejected.class)
                .extracting(e -> ((StructureRejected) e).errors().get("indicators"))
                .isEqualTo("structure.indicator.has-measurements");
        assertThat(editing.indicators(admin, threeOne)).isEqualTo(current);
        assertThat(current.targets()).hasSize(1);
    }

    @Test
    void theFormShowsErrorsNextToTheRowsAndSavesNothing() {
        WebSession session = WebSession.signedIn(port, admin.email(), TestUsers.PASSWORD);
        session.get("/admin/objectifs/4-2/indicateurs");
        HttpResponse<String> response = session.post(
                "/admin/objectifs/4-2/indicateurs",
                true,
                "version",
                String.valueOf(original.version()),
                "indicators[0].id",
                String.valueOf(original.indicators().get(0).id()),
                "indicators[0].name",
                "",
                "indicators[0].unit",
                "médiateurs",
                "indicators[0].direction",
                "INCREASE",
                "targets[0].dueDate",
                "2026-02-30",
                "targets[0].description",
                "Jalon",
                "targets[0].indicator",
                "7",
                "targets[0].value",
                "-4");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains(
                        "Le formulaire contient des erreurs",
                        "Échéance illisible : indiquez une année (2026), un semestre (2026-S1)",
                        "value=\"2026-02-30\"",
                        "Ce numéro ne correspond à aucun indicateur conservé.",
                        "La valeur visée doit être un nombre positif");
        assertThat(editing.indicators(admin, code)).isEqualTo(original);
    }
}
