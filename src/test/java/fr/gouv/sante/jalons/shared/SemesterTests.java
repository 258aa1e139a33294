package fr.gouv.sante.jalons.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SemesterTests {

    @Test
    void secondSemesterRunsFromJulyToDecember() {
        Semester semester = Semester.parse("2024-S2");
        assertThat(semester.firstDay()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(semester.lastDay()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void rejectsOtherShapes() {
        for (String text : new String[] {"2024-S3", "2024S2", "24-S1", "2024-s1", ""}) {
            assertThatThrownBy(() -> Semester.parse(text)).isInstanceOf(MalformedInputException.class);
        }
    }
}
