package fr.gouv.sante.jalons.governance;

import static org.assertj.core.api.Assertions.assertThat;

import fr.gouv.sante.jalons.governance.MeetingDate.Precision;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A meeting's date is as precise as what was typed, and nothing that is not a date is one. */
class MeetingDateTests {

    @Test
    void aDayAMonthOrAYearIsReadAsPreciselyAsItWasTyped() {
        assertThat(MeetingDate.parse("2019-06-27")).contains(new MeetingDate(LocalDate.of(2019, 6, 27), Precision.DAY));
        assertThat(MeetingDate.parse(" 27/06/2019 "))
                .contains(new MeetingDate(LocalDate.of(2019, 6, 27), Precision.DAY));
        assertThat(MeetingDate.parse("2020-02")).contains(new MeetingDate(LocalDate.of(2020, 2, 1), Precision.MONTH));
        assertThat(MeetingDate.parse("02/2020")).contains(new MeetingDate(LocalDate.of(2020, 2, 1), Precision.MONTH));
        assertThat(MeetingDate.parse("2023")).contains(new MeetingDate(LocalDate.of(2023, 1, 1), Precision.YEAR));
    }

    @Test
    void anImpossibleOrOutOfRangeDateIsNoDate() {
        for (String typed :
                new String[] {"2025-02-30", "31/04/2025", "2025-13", "1999-12-31", "2101", "demain", "", "2025-1-1-1"
                }) {
            assertThat(MeetingDate.parse(typed)).as(typed).isEmpty();
        }
        assertThat(MeetingDate.parse(null)).isEmpty();
    }

    @Test
    void itIsWrittenNoMorePreciselyThanItsSource() {
        MeetingDate day = MeetingDate.parse("2019-06-27").orElseThrow();
        MeetingDate month = MeetingDate.parse("2020-02").orElseThrow();
        MeetingDate year = MeetingDate.parse("2023").orElseThrow();
        assertThat(day.iso()).isEqualTo("2019-06-27");
        assertThat(day.french()).isEqualTo("27 juin 2019");
        assertThat(month.iso()).isEqualTo("2020-02");
        assertThat(month.french()).isEqualTo("février 2020");
        assertThat(month.lastDay()).isEqualTo(LocalDate.of(2020, 2, 29));
        assertThat(year.iso()).isEqualTo("2023");
        assertThat(year.french()).isEqualTo("2023");
        assertThat(year.lastDay()).isEqualTo(LocalDate.of(2023, 12, 31));
    }
}
