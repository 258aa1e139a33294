package fr.gouv.sante.jalons.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.sante.jalons.support.JalonsTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reference data loaded by the migrations, checked against the official documents: the structure
 * of the 2023-2027 roadmap (seed 001) and the December 2024 progress report (seed 003).
 */
@JalonsTest
class ReferenceDataTests {

    @Autowired
    JdbcClient jdbc;

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @Test
    void theRoadmapHasFourAxesEighteenPrioritiesAndSixtyFiveObjectives() {
        assertThat(jdbc.sql("select name from axis order by number")
                        .query(String.class)
                        .list())
                .containsExactly("Prévention", "Prise en charge", "Accès à la santé", "Cadre propice");
        assertThat(count("select count(*) from priority")).isEqualTo(18);
        assertThat(count("select count(*) from objective")).isEqualTo(65);
        assertThat(count("select count(*) from organisation")).isEqualTo(27);
    }

    @Test
    void prioritiesSitInTheirAxes() {
        Map<Integer, Integer> axisOfPriority = new java.util.HashMap<>();
        jdbc.sql("select p.number, a.number from priority p join axis a on a.id = p.axis_id")
                .query((rs, n) -> axisOfPriority.put(rs.getInt(1), rs.getInt(2)))
                .list();
        for (int priority = 1; priority <= 18; priority++) {
            int expected = priority <= 5 ? 1 : priority <= 10 ? 2 : priority <= 14 ? 3 : 4;
            assertThat(axisOfPriority.get(priority))
                    .as("axis of priority %d", priority)
                    .isEqualTo(expected);
        }
    }

    @Test
    void everyObjectiveHasAnOwnerADeadlineAndAPublishedS2_2024Report() {
        assertThat(count("select count(*) from objective o where not exists "
                        + "(select 1 from objective_owner w where w.objective_id = o.id and w.position = 1)"))
                .isZero();
        assertThat(count("select count(*) from objective where deadline is null"))
                .isZero();
        assertThat(count("""
                select count(*) from objective o where not exists (
                  select 1 from progress_report r join reporting_period p on p.id = r.period_id
                  where r.objective_id = o.id and p.code = '2024-S2' and p.published_at is not null
                    and r.published_at is not null)""")).isZero();
    }

    @Test
    void everyObjectiveCodeStartsWithItsPriorityNumber() {
        assertThat(count("""
                select count(*) from objective o join priority p on p.id = o.priority_id
                where split_part(o.code, '-', 1)::int <> p.number""")).isZero();
        assertThat(jdbc.sql(
                                "select count(*) from objective o join priority p on p.id = o.priority_id group by p.number order by p.number")
                        .query(Long.class)
                        .list())
                .containsExactly(4L, 4L, 3L, 3L, 6L, 3L, 3L, 5L, 3L, 2L, 3L, 3L, 3L, 2L, 6L, 5L, 3L, 4L);
    }

    @ParameterizedTest(name = "{0} is led by {1}")
    @CsvSource(
            delimiter = ';',
            value = {
                "1-1;DNS,CNAM,ANS",
                "1-2;CNAM,DNS",
                "3-1;GIE SESAM-Vitale,ANS,CNAM,DNS",
                "5-2;DNS,DMSMP,AIS,DGE,DGRI,CNSA",
                "5-3;DNS,HAS,DGE,DGRI,Bpifrance",
                "7-3;DGOS,ANS,CNAM,GIE SESAM-Vitale",
                "8-1;CNAM,DNS,ANS,GIE SESAM-Vitale,DGOS,HAS",
                "10-1;DNS,DGESIP,DGOS,DGCS",
                "10-2;DNS",
                "14-2;DNS,DGOS,CNAM,GIE SESAM-Vitale,ANS,DGS",
                "15-1;DNS,HFDS,DGOS,ARS/GRADeS,ANSSI,ANS",
                "16-5;ATIH,ANS,DNUM,DNS,DGOS,CNAM,GIE SESAM-Vitale",
                "18-2;DGOS,DREES,DNS,DGRI,DGE,PDS,ATIH",
                "18-4;DNS,DGRI,DGE,AIS,DGOS,DGS,DREES,DMSMP"
            })
    void ownersAreTheDocumentsInItsOrder(String code, String owners) {
        assertThat(jdbc.sql("""
                        select g.acronym from objective_owner w join organisation g on g.id = w.organisation_id
                        join objective o on o.id = w.objective_id where o.code = ? order by w.position""").param(code).query(String.class).list()).containsExactly(owners.split(","));
    }

    @ParameterizedTest(name = "{0} is due {1}")
    @CsvSource({
        "1-1,2026-12-31", "1-3,2025-12-31", "2-2,2027-12-31", "4-2,2026-06-30", "5-2,2024-03-31",
        "8-1,2024-06-30", "8-3,2027-12-31", "9-1,2024-03-31", "15-1,2023-06-30", "18-1,2024-06-30",
        "18-2,2026-12-31", "13-2,2027-12-31"
    })
    void deadlinesAreTheEndOfTheLastStatedPeriod(String code, LocalDate deadline) {
        assertThat(jdbc.sql("select deadline from objective where code = ?")
                        .param(code)
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(deadline);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "8-4,LATE",
        "13-3,NOT_STARTED",
        "17-3,NOT_STARTED",
        "9-1,ACHIEVED",
        "15-2,ACHIEVED",
        "15-5,ACHIEVED",
        "1-1,ON_TRACK",
        "7-3,AT_RISK",
        "17-1,LATE"
    })
    void statusesFollowTheWordsOfTheReport(String code, String status) {
        assertThat(jdbc.sql("""
                        select r.status from progress_report r join objective o on o.id = r.objective_id
                        join reporting_period p on p.id = r.period_id where o.code = ? and p.code = '2024-S2'""").param(code).query(String.class).single()).isEqualTo(status);
    }

    @Test
    void datedTargetsAndMeasurementsCarryTheDocumentsNumbers() {
        assertThat(targets("1-1"))
                .containsExactly(
                        List.of(LocalDate.of(2023, 12, 31), new BigDecimal("250000000.00")),
                        List.of(LocalDate.of(2026, 12, 31), new BigDecimal("400000000.00")));
        assertThat(targets("3-1")).containsExactly(List.of(LocalDate.of(2026, 12, 31), new BigDecimal("50.00")));
        assertThat(measurement("3-1", "Applications référencées%")).isEqualByComparingTo("36");
        assertThat(measurement("7-3", "%CDRi")).isEqualByComparingTo("1134");
        assertThat(measurement("7-3", "%utilisateurs de ROC")).isEqualByComparingTo("510");
        assertThat(targets("7-3"))
                .extracting(row -> row.get(1))
                .containsExactlyInAnyOrder(new BigDecimal("1200.00"), new BigDecimal("650.00"));
        assertThat(measurement("12-2", "Patients%")).isEqualByComparingTo("982000");
        assertThat(measurement("18-4", "Projets%")).isEqualByComparingTo("226");
    }

    @Test
    void narrativesAreCleanedOfOcrNoise() {
        List<String> narratives = jdbc.sql("select narrative from progress_report")
                .query(String.class)
                .list();
        assertThat(narratives).hasSize(65).allSatisfy(text -> {
            assertThat(text).isNotBlank().doesNotContain("\r");
            assertThat(text.lines())
                    .noneMatch(line -> line.strip().matches("[|IBLleoi_&©\\[\\]]{1,4}|BEn|BEE|BEB|ael|ann \\|"));
            assertThat(text)
                    .doesNotContainPattern("\\bI['’]|\\bdés\\b|\\bprés\\b|(?<!o)ctobre|Obijectif|FPANS|\\bAlS\\b");
        });
        assertThat(jdbc.sql(
                                "select narrative from progress_report r join objective o on o.id = r.objective_id where o.code = '1-2'")
                        .query(String.class)
                        .single())
                .startsWith("Le déploiement des BAL organisationnelles nécessaires pour cet usage se poursuit");
    }

    @Test
    void theDatabaseRefusesAReportWithAnUnknownStatusOrASecondReportForThePeriod() {
        assertThatThrownBy(() -> jdbc.sql("""
                update progress_report set status = 'PUBLISHED'
                where objective_id = (select id from objective where code = '1-1')""").update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ck_progress_report_status");
        assertThatThrownBy(() -> jdbc.sql("""
                insert into progress_report (objective_id, period_id, status, narrative)
                select r.objective_id, r.period_id, r.status, r.narrative from progress_report r
                join objective o on o.id = r.objective_id where o.code = '1-1'""").update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("uq_progress_report_objective_period");
        assertThatThrownBy(
                        () -> jdbc.sql("update measurement set value = -1 where id = (select min(id) from measurement)")
                                .update())
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("ck_measurement_value_non_negative");
    }

    private List<List<Object>> targets(String code) {
        return jdbc.sql("""
                        select t.due_date, t.value from objective_target t join objective o on o.id = t.objective_id
                        where o.code = ? and t.value is not null order by t.due_date, t.position""")
                .param(code)
                .query((rs, n) -> List.<Object>of(rs.getObject(1, LocalDate.class), rs.getBigDecimal(2)))
                .list();
    }

    private BigDecimal measurement(String code, String indicatorName) {
        return jdbc.sql("""
                        select m.value from measurement m join indicator i on i.id = m.indicator_id
                        join objective o on o.id = i.objective_id where o.code = ? and i.name like ?""").params(code, indicatorName).query(BigDecimal.class).single();
    }
}
