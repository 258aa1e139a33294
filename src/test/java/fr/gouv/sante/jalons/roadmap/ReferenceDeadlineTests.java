package fr.gouv.sante.jalons.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fr.gouv.sante.jalons.shared.Deadline;
import fr.gouv.sante.jalons.shared.FrenchFormat;
import fr.gouv.sante.jalons.support.JalonsTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Each reference deadline is as precise as the words of the December 2024 report (seed 003) that
 * give it, and the findings table of docs/data-provenance.md says what the database holds.
 */
@JalonsTest
class ReferenceDeadlineTests {

    /** "| 7-3 | 2024-12-31 | d'ici fin 2024 | 562 | YEAR | 2024 | fin 2024 |" */
    private static final Pattern TABLE_ROW = Pattern.compile(
            "^\\| ([0-9]+-[0-9]+) \\| [0-9-]+ \\| ([^|]+) \\| [0-9-]+ \\| ([A-Z]+) \\| ([0-9QS-]+) \\| ([^|]+) \\|$");

    @Autowired
    JdbcClient jdbc;

    /** A row of the deadlines table: the source's words, and the deadline they give. */
    record Documented(String code, String words, String precision, String iso, String shownAs) {}

    /** The deadlines table of docs/data-provenance.md (the first table of its "Deadlines" section). */
    private static List<Documented> documented() throws IOException {
        String doc = Files.readString(Path.of("docs/data-provenance.md"));
        String section = doc.substring(doc.indexOf("## Deadlines"), doc.indexOf("## Statuses"));
        String table = section.substring(0, section.indexOf("One stored date did not match"));
        return table.lines()
                .map(TABLE_ROW::matcher)
                .filter(Matcher::matches)
                .map(m -> new Documented(
                        m.group(1),
                        m.group(2).strip(),
                        m.group(3),
                        m.group(4),
                        m.group(5).strip()))
                .toList();
    }

    private Deadline deadline(String code) {
        return jdbc.sql("select deadline, deadline_precision from objective where code = ?")
                .param(code)
                .query((rs, n) ->
                        new Deadline(rs.getDate(1).toLocalDate(), Deadline.Precision.valueOf(rs.getString(2))))
                .single();
    }

    private List<Deadline> milestones(String code) {
        return jdbc.sql("""
                        select t.due_date, t.due_precision from objective_target t join objective o on o.id = t.objective_id
                        where o.code = ? order by t.position""")
                .param(code)
                .query((rs, n) ->
                        new Deadline(rs.getDate(1).toLocalDate(), Deadline.Precision.valueOf(rs.getString(2))))
                .list();
    }

    private String target(String code) {
        return jdbc.sql("select target from objective where code = ?")
                .param(code)
                .query(String.class)
                .single();
    }

    @Test
    void everyDeadlineIsWhatTheFindingsTableSaysAndTheTargetStatesIt() throws IOException {
        List<Documented> rows = documented();
        assertThat(rows).hasSize(65).extracting(Documented::code).doesNotHaveDuplicates();
        for (Documented row : rows) {
            Deadline deadline = deadline(row.code());
            assertThat(deadline.precision().name()).as(row.code()).isEqualTo(row.precision());
            assertThat(deadline.iso()).as(row.code()).isEqualTo(row.iso());
            assertThat(FrenchFormat.deadline(deadline)).as(row.code()).isEqualTo(row.shownAs());
            assertThat(target(row.code())).as(row.code()).containsIgnoringCase(row.words());
        }
    }

    // the words as seed 003 writes them (accents restored), each objective's deadline as they give it
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            7-3  | d'ici fin 2024                 | YEAR     | 2024    | fin 2024
            1-1  | 400 millions fin 2026          | YEAR     | 2026    | fin 2026
            14-2 | courant 2024                   | YEAR     | 2024    | fin 2024
            5-2  | dès le premier trimestre 2024  | QUARTER  | 2024-Q1 | 1er trimestre 2024
            8-1  | dès le deuxième trimestre 2024 | QUARTER  | 2024-Q2 | 2e trimestre 2024
            15-2 | au T1 2024                     | QUARTER  | 2024-Q1 | 1er trimestre 2024
            4-2  | d'ici juin 2026                | MONTH    | 2026-06 | juin 2026
            18-1 | au S1 2024                     | SEMESTER | 2024-S1 | 1er semestre 2024
            15-1 | mi-2023                        | SEMESTER | 2023-S1 | 1er semestre 2023
            18-2 | avant 2027                     | YEAR     | 2026    | fin 2026
            """)
    void theWordsOfTheSourceGiveTheDeadlineAndNoDay(
            String code, String words, String precision, String iso, String shownAs) {
        assertThat(target(code)).containsIgnoringCase(words);
        Deadline deadline = deadline(code);
        assertThat(deadline.precision()).isEqualTo(Deadline.Precision.valueOf(precision));
        assertThat(deadline.iso()).isEqualTo(iso);
        assertThat(FrenchFormat.deadline(deadline)).isEqualTo(shownAs).doesNotContain("31 ", "30 ");
    }

    @Test
    void noReferenceDeadlineNorMilestoneIsADayForNoneOfTheirWordsNamesOne() {
        assertThat(jdbc.sql("select count(*) from objective where deadline_precision = 'DAY'")
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("select count(*) from objective_target where due_precision = 'DAY'")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void milestonesAreAsPreciseAsTheirOwnWords() {
        // "dès mai 2023 et concevoir une interface [...] en 2024"
        assertThat(milestones("1-2")).extracting(Deadline::iso).containsExactly("2023-05", "2024");
        // "Dès mi-2024, ouvrir l'accès [...] D'ici 2027, PSC est qualifié"
        assertThat(milestones("8-3")).extracting(Deadline::iso).containsExactly("2024-S1", "2027");
        assertThat(milestones("7-3")).extracting(Deadline::iso).containsExactly("2024", "2024");
        assertThat(milestones("5-2")).extracting(Deadline::iso).containsExactly("2024-Q1");
    }

    @Test
    void elevenThreeEndsWithTheRoadmapForItsSourceNamesNoYearAfter2024() {
        // "Dès 2024, intégrer dans le ROR [...] et puis après 2024 rendre accessible l'identité du médecin traitant"
        assertThat(target("11-3")).contains("Dès 2024", "après 2024");
        assertThat(deadline("11-3")).isEqualTo(new Deadline(LocalDate.of(2027, 12, 31), Deadline.Precision.YEAR));
        assertThat(milestones("11-3")).extracting(Deadline::iso).containsExactly("2024", "2027");
    }

    @Test
    void theDatabaseRefusesADateThatDoesNotCloseThePeriodOfItsPrecision() {
        assertThatThrownBy(() -> jdbc.sql(
                                "update objective set deadline = date '2024-04-30', deadline_precision = 'QUARTER' where code = '5-2'")
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql(
                                "update objective set deadline = date '2024-06-30', deadline_precision = 'YEAR' where code = '5-2'")
                        .update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                                update objective_target set due_date = date '2024-12-30', due_precision = 'YEAR'
                                where objective_id = (select id from objective where code = '7-3')""").update()).isInstanceOf(DataIntegrityViolationException.class);
        assertThat(jdbc.sql(
                                "update objective set deadline = date '2024-06-30', deadline_precision = 'QUARTER' where code = '5-2'")
                        .update())
                .isEqualTo(1);
    }
}
